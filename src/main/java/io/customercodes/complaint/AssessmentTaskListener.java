package io.customercodes.complaint;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.integer;
import static io.customercodes.system.FormValues.text;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Assess complaint": severity, safety (fast track), the promise concerned, in scope or not (ISO 10002 8.4). */
@Component("assessmentTaskListener")
class AssessmentTaskListener extends ComplaintTaskListener {

    enum ScopeDecision { IN_SCOPE, OUT_OF_SCOPE }

    AssessmentTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        Complaint complaint = complaint(task);
        task.setVariableLocal("complaintSummary", cases.summary(complaint));
        task.setVariableLocal("severity", null);
        task.setVariableLocal("safetyIssue", false);
        task.setVariableLocal("promiseNumber", complaint.getPromiseNumber() == null ? null
                : complaint.getPromiseNumber().longValue());
        task.setVariableLocal("scopeDecision", null);
        task.setVariableLocal("assessmentNotes", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        Severity severity = choice(submitted(task, "severity"), Severity.class, "severity");
        boolean safety = Boolean.TRUE.equals(submitted(task, "safetyIssue"));
        Integer promise = integer(submitted(task, "promiseNumber"), "promiseNumber");
        int promises = cases.version(complaint).getPromises().size();
        if (promise != null && (promise < 1 || promise > promises)) {
            throw new InvalidFormInputException("promiseNumber", "the code has promises 1 to " + promises
                    + "; leave it empty for another matter");
        }
        boolean inScope = choice(submitted(task, "scopeDecision"), ScopeDecision.class, "scopeDecision")
                == ScopeDecision.IN_SCOPE;
        String notes = text(submitted(task, "assessmentNotes"));
        if (!inScope && notes == null) {
            throw new InvalidFormInputException("assessmentNotes", "say why the complaint is out of scope: the"
                    + " complainant is told");
        }
        complaint.assess(severity, safety, promise, inScope, notes);
        saveWithStep(complaint, task, "ASSESSMENT", (inScope ? "in scope" : "out of scope") + ", severity "
                + severity + (safety ? ", safety issue" : ""));
        setDecision(task, ComplaintVariables.IN_SCOPE, inScope);
        setDecision(task, ComplaintVariables.FAST_TRACK, safety);
        if (inScope) {
            setDecision(task, ComplaintVariables.INVESTIGATION_DUE,
                    ComplaintDates.investigationDue(complaint, EngineClock.today()));
        }
    }
}
