package io.customercodes.system;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Which item of a multi-instance one task is for (a consulted party, a team to brief), recorded when the
 * engine creates the task, from the element variable it has just set, and found again by the task's id.
 */
@Entity
class TaskSubject {

    @Id
    private String taskId;

    private String processInstanceId;
    private String item;

    protected TaskSubject() {
    }

    TaskSubject(String taskId, String processInstanceId, String item) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.item = item;
    }

    String getItem() {
        return item;
    }
}
