package io.customercodes.system;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A user task whose Camunda Form edits data held in our tables.
 *
 * <p>On create, {@link #prepare} puts the current values into task-local variables: the form shows
 * them, and because they are local, what the user submits lands in them rather than in the process
 * instance, and disappears with the task. On complete, {@link #submit} validates those values and
 * writes them to the database in the same transaction; an exception refuses the whole submission.
 * Process variables stay small: ids and decisions. Which version, review or party the task is about comes
 * from {@link Subjects}, never from variables: completing a task writes variables.
 */
public abstract class FormTaskListener implements TaskListener {

    private final Subjects subjects;

    protected FormTaskListener(Subjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> prepare(task);
            case EVENTNAME_COMPLETE -> submit(task);
            default -> {
            }
        }
    }

    protected abstract void prepare(DelegateTask task);

    protected abstract void submit(DelegateTask task);

    /**
     * A value the user submitted. Tasklist's submit-form writes into the task-local variable that
     * {@link #prepare} created; the REST API's plain complete writes into the execution instead, where
     * it would outlive the task, so it is taken from there and removed.
     */
    protected static Object submitted(DelegateTask task, String field) {
        if (task.getExecution().hasVariable(field)) {
            Object value = task.getExecution().getVariable(field);
            task.getExecution().removeVariable(field);
            return value;
        }
        return task.getVariableLocal(field);
    }

    /** A decision the gateway after the task reads: forget the last round's answer so the form starts empty. */
    protected static void clearDecision(DelegateTask task, String variable) {
        task.getExecution().getProcessInstance().removeVariable(variable);
    }

    protected ProcessSubject subject(DelegateTask task) {
        return subjects.of(task);
    }

    protected Long versionId(DelegateTask task) {
        return subject(task).getVersionId();
    }

    /**
     * On create of a task per item of a multi-instance: records the item the engine has just set in the
     * element variable, which from then on a user completing the task could overwrite.
     */
    protected String recordItem(DelegateTask task, String elementVariable) {
        String item = (String) task.getVariable(elementVariable);
        subjects.recordItem(task, item);
        return item;
    }

    /** The item of the multi-instance the task was created for. */
    protected String item(DelegateTask task) {
        return subjects.itemOf(task.getId());
    }

    protected static void appendToName(DelegateTask task, String detail) {
        task.setName(task.getName() + ": " + detail);
    }
}
