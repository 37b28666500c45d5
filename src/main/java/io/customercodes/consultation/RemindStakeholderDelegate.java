package io.customercodes.consultation;

import io.customercodes.code.InterestedParty;
import io.customercodes.identity.Role;
import io.customercodes.notification.Notifier;
import io.customercodes.system.Subjects;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The non-interrupting reminder on one party's feedback task: notify and raise the task's priority. */
@Component("remindStakeholder")
class RemindStakeholderDelegate implements JavaDelegate {

    static final int REMINDED_PRIORITY = 75;

    private final TaskService tasks;
    private final Notifier notifier;
    private final Subjects subjects;

    RemindStakeholderDelegate(TaskService tasks, Notifier notifier, Subjects subjects) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.subjects = subjects;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Task task = attachedTask(execution);
        if (task == null) {
            return;
        }
        InterestedParty party = InterestedParty.valueOf(subjects.itemOf(task.getId()));
        tasks.setPriority(task.getId(), REMINDED_PRIORITY);
        notifier.aboutTask(task.getId(), task.getAssignee(), Role.STAKEHOLDERS.groupId(), "Reminder: " + task.getName(),
                "Your feedback (" + party.label() + ") on the draft code " + execution.getProcessBusinessKey()
                        + " is due " + Notifier.due(task.getDueDate()) + ".");
    }

    /**
     * The feedback task whose timer fired: of the open feedback tasks, the one in the same instance of the
     * consultation sub-process, i.e. the one sharing the deepest ancestor with the reminder in the
     * engine's execution tree (variables such as the party's name could be rewritten by its completion).
     */
    private Task attachedTask(DelegateExecution reminder) {
        List<String> reminderLine = line((ExecutionEntity) reminder);
        Task attached = null;
        int deepest = -1;
        for (Task task : tasks.createTaskQuery().processInstanceId(reminder.getProcessInstanceId())
                .taskDefinitionKey("Task_GiveFeedback").list()) {
            List<String> taskLine = line(((TaskEntity) task).getExecution());
            int shared = 0;
            while (shared < reminderLine.size() && shared < taskLine.size()
                    && reminderLine.get(shared).equals(taskLine.get(shared))) {
                shared++;
            }
            if (shared > deepest) {
                deepest = shared;
                attached = task;
            }
        }
        return attached;
    }

    /** The ids of an execution and its ancestors, the process instance first. */
    private static List<String> line(ExecutionEntity execution) {
        List<String> ids = new ArrayList<>();
        for (ExecutionEntity e = execution; e != null; e = e.getParent()) {
            ids.add(e.getId());
        }
        Collections.reverse(ids);
        return ids;
    }
}
