package io.customercodes.review;

import io.customercodes.notification.Notifier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Before a review task is due: remind whoever has it, or else its group, by mail with a link to the task. */
@Component("remindReviewTask")
class RemindReviewTaskDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final TaskService tasks;
    private final Notifier notifier;

    RemindReviewTaskDelegate(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String group = (String) execution.getVariable("candidateGroup");
        for (Task task : ReviewTaskFollowUp.openTasks(tasks, execution)) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
            notifier.aboutTask(task.getId(), task.getAssignee(), group, "Reminder: " + task.getName(),
                    "The review task \"" + task.getName() + "\" is due " + Notifier.due(task.getDueDate()) + ".");
        }
    }
}
