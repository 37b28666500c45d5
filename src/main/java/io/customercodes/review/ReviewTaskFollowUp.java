package io.customercodes.review;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** The open review task a boundary timer belongs to, named by the timer's input parameter taskDefinitionKey. */
final class ReviewTaskFollowUp {

    private ReviewTaskFollowUp() {
    }

    static List<Task> openTasks(TaskService tasks, DelegateExecution execution) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey((String) execution.getVariable("taskDefinitionKey")).list();
    }
}
