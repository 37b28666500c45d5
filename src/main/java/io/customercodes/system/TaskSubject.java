package io.customercodes.system;


/**
 * Which item of a multi-instance one task is for (a consulted party, a team to brief), recorded when the
 * engine creates the task, from the element variable it has just set, and found again by the task's id.
 */
class TaskSubject {

    private final String taskId;

    private final String processInstanceId;
    private final String item;

    TaskSubject(String taskId, String processInstanceId, String item) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.item = item;
    }

    String getTaskId() {
        return taskId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    String getItem() {
        return item;
    }
}
