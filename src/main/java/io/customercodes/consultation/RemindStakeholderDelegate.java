package io.customercodes.consultation;

import io.customercodes.identity.Role;
import io.customercodes.notification.Notifier;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import io.customercodes.code.InterestedParty;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The non-interrupting reminder on one party's feedback task: notify and raise the task's priority. */
@Component("remindStakeholder")
class RemindStakeholderDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final TaskService tasks;
    private final Notifier notifier;

    RemindStakeholderDelegate(TaskService tasks, Notifier notifier) {
        this.tasks = tasks;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        InterestedParty party = InterestedParty.valueOf((String) execution.getVariable("stakeholder"));
        // The feedback task marks its party in a task-local variable; the reminder runs beside the task.
        for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey("Task_GiveFeedback")
                .taskVariableValueEquals("stakeholderLabel", party.label()).list()) {
            tasks.setPriority(task.getId(), REMINDED_PRIORITY);
            notifier.aboutTask(task.getId(), task.getAssignee(), Role.STAKEHOLDERS.groupId(), "Reminder: " + task.getName(),
                    "Your feedback on the draft code " + execution.getVariable("codeKey") + " is due "
                            + Notifier.due(task.getDueDate()) + ".");
        }
    }
}
