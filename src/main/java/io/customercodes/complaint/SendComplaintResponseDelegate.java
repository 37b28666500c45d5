package io.customercodes.complaint;

import io.customercodes.system.Actors;
import io.customercodes.system.EngineClock;
import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Sends the response; from now the complainant has 14 days to accept or reject it. */
@Component("sendComplaintResponse")
class SendComplaintResponseDelegate implements JavaDelegate {

    private final ComplaintCases cases;
    private final ComplainantMail mail;

    SendComplaintResponseDelegate(ComplaintCases cases, ComplainantMail mail) {
        this.cases = cases;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Complaint complaint = cases.byReference(execution.getProcessBusinessKey());
        Instant now = EngineClock.now();
        complaint.responded(now);
        complaint.recordStep("RESPONSE", Actors.SYSTEM, ComplaintDates.endOf(complaint.getResponseDueOn()),
                complaint.getComplainantEmail() == null ? "response ready (no e-mail address: on the status page)"
                        : "response sent by e-mail");
        cases.save(complaint);
        execution.setVariable(ComplaintVariables.ANSWER_DUE, ComplaintDates.answerDue(now));
        mail.respond(complaint);
    }
}
