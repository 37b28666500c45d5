package io.customercodes.review;

import io.customercodes.identity.Role;
import io.customercodes.notification.Notifier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A review task is overdue: top management hears of it, and the task goes to the top of every list. */
@Component("escalateOverdueReview")
class EscalateOverdueReviewDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 100;

    private final TaskService tasks;
    private final Notifier notifier;

    EscalateOverdueReviewDelegate(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : ReviewTaskFollowUp.openTasks(tasks, execution)) {
            tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
            String holder = task.getAssignee() == null ? "nobody has claimed it" : task.getAssignee() + " has it";
            notifier.aboutTask(task.getId(), null, Role.TOP_MANAGEMENT.groupId(), "Overdue review: " + task.getName(),
                    "The review task \"" + task.getName() + "\" was due " + Notifier.due(task.getDueDate()) + " and is "
                            + "still open (" + holder + "). The code's review cannot go on without it.");
        }
    }
}
