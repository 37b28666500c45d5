package io.customercodes.complaint;

import io.customercodes.system.Actors;
import io.customercodes.system.FormTaskListener;
import io.customercodes.system.Subjects;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** A handler's task on one complaint: the complaint is the one the process instance's business key names. */
abstract class ComplaintTaskListener extends FormTaskListener {

    protected final ComplaintCases cases;
    protected final Actors actors;

    ComplaintTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects);
        this.cases = cases;
        this.actors = actors;
    }

    protected Complaint complaint(DelegateTask task) {
        return cases.byReference(task.getExecution().getProcessBusinessKey());
    }

    /**
     * Records who completed the step, when, with what outcome, and whether by the task's due date, and saves the
     * complaint with what the task changed on it.
     */
    protected void saveWithStep(Complaint complaint, DelegateTask task, String step, String outcome) {
        complaint.recordStep(step, actors.completing(task),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), outcome);
        cases.save(complaint);
    }

    protected static void setDecision(DelegateTask task, String variable, Object value) {
        task.getExecution().getProcessInstance().setVariable(variable, value);
    }
}
