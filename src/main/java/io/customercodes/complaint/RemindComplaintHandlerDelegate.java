package io.customercodes.complaint;

import io.customercodes.identity.Role;
import io.customercodes.notification.Notifier;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Two working days before the response is due: whoever has the complaint's task, or else every handler, hears. */
@Component("remindComplaintHandler")
class RemindComplaintHandlerDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final TaskService tasks;
    private final Notifier notifier;

    RemindComplaintHandlerDelegate(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Date due = (Date) execution.getVariable(ComplaintVariables.RESPONSE_DUE);
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            tasks.setPriority(task.getId(), Math.max(task.getPriority(), REMINDED_PRIORITY));
            notifier.aboutTask(task.getId(), task.getAssignee(), Role.COMPLAINT_HANDLERS.groupId(),
                    "Reminder: " + task.getName(), "The response to complaint " + reference + " is promised "
                            + Notifier.due(due) + "; \"" + task.getName() + "\" is still open.");
        }
    }
}
