package io.customercodes.complaint;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The complainant rejected the response: the complaint goes to the dispute-resolution body the code names
 * (ISO 10003), and the complainant is told who that is, or that the code names none.
 */
@Component("referComplaint")
class ReferComplaintDelegate implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplainantMail mail;

    ReferComplaintDelegate(ComplaintCases cases, ComplainantMail mail) {
        this.cases = cases;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.byReference(execution.getProcessBusinessKey());
        complaint.refer(cases.disputeResolutionBody(complaint).orElse(null), EngineClock.now());
        complaint.recordStep("REFERRAL", Actors.SYSTEM, null, complaint.getReferralBody() == null
                ? "the code names no dispute-resolution body" : "referred to the body the code names");
        cases.save(complaint);
        mail.referred(complaint);
    }
}
