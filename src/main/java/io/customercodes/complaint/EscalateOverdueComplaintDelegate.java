package io.customercodes.complaint;

import io.customercodes.identity.Role;
import io.customercodes.notification.Notifier;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The promised response date has passed: top management hears of it, and the complaint's tasks go to the top. */
@Component("escalateOverdueComplaint")
class EscalateOverdueComplaintDelegate implements JavaDelegate {

    static final int ESCALATED_PRIORITY = 100;

    private final TaskService tasks;
    private final Notifier notifier;

    EscalateOverdueComplaintDelegate(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reference = execution.getProcessBusinessKey();
        Date due = (Date) execution.getVariable(ComplaintVariables.RESPONSE_DUE);
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
            tasks.setPriority(task.getId(), ESCALATED_PRIORITY);
            String holder = task.getAssignee() == null ? "nobody has claimed it" : task.getAssignee() + " has it";
            notifier.aboutTask(task.getId(), null, Role.TOP_MANAGEMENT.groupId(), "Overdue complaint " + reference,
                    "The response to complaint " + reference + " was promised " + Notifier.due(due)
                            + " and has not been sent: \"" + task.getName() + "\" is open (" + holder + ").");
        }
    }
}
