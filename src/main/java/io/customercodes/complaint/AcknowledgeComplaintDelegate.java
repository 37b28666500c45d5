package io.customercodes.complaint;

import io.customercodes.system.Actors;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Acknowledges the complaint at once, stating the promised response date (ISO 10002 clause 8.3), and sets the
 * dates the process's due dates and timers follow.
 */
@Component("acknowledgeComplaint")
class AcknowledgeComplaintDelegate implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplainantMail mail;
    private final IssuedStatusTokens tokens;

    AcknowledgeComplaintDelegate(ComplaintCases cases, ComplainantMail mail, IssuedStatusTokens tokens) {
        this.cases = cases;
        this.mail = mail;
        this.tokens = tokens;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.byReference(execution.getProcessBusinessKey());
        execution.setVariable(ComplaintVariables.RESPONSE_DUE, ComplaintDates.responseDue(complaint));
        execution.setVariable(ComplaintVariables.RESPONSE_REMINDER_AT, ComplaintDates.responseReminderAt(complaint));
        execution.setVariable(ComplaintVariables.ASSESSMENT_DUE, ComplaintDates.assessmentDue(complaint));
        execution.setVariable(ComplaintVariables.FAST_TRACK, false);
        mail.acknowledge(complaint, tokens.of(complaint.getReference()));
        complaint.recordStep("ACKNOWLEDGEMENT", Actors.SYSTEM, complaint.getReceivedAt().plus(Duration.ofDays(1)),
                complaint.getComplainantEmail() == null ? "acknowledged (no e-mail address given)"
                        : "acknowledged by e-mail");
        cases.save(complaint);
    }
}
