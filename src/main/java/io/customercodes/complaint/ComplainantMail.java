package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.notification.CustomerMail;
import io.customercodes.system.DisplayDates;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What the complainant is told by mail, when they gave an address (ISO 10002 clauses 8.3 and 8.7). */
@Component
class ComplainantMail {

    private final CustomerMail mail;
    private final ComplaintCases cases;
    private final String baseUrl;

    ComplainantMail(CustomerMail mail, ComplaintCases cases, @Value("${customer-codes.base-url}") String baseUrl) {
        this.mail = mail;
        this.cases = cases;
        this.baseUrl = baseUrl;
    }

    /** Sent at once: the reference, the promised response date and, where it was just issued, the status link. */
    void acknowledge(Complaint complaint, Optional<String> statusToken) {
        Code code = cases.code(complaint);
        send(complaint, "We have received your complaint " + complaint.getReference(),
                "Thank you for telling us what went wrong. We have received your complaint about \"" + code.getTitle()
                        + "\" and will respond by " + DisplayDates.dayAndDate(complaint.getResponseDueOn())
                        + " at the latest (" + complaint.getResponseDays() + " working days, as our code promises)."
                        + "\n\nYour reference: " + complaint.getReference()
                        + statusToken.map(t -> "\n\nFollow your complaint here (this link is private to you): "
                        + baseUrl + ComplaintLinks.statusPath(t)).orElse(""));
    }

    void respond(Complaint complaint) {
        send(complaint, "Our response to your complaint " + complaint.getReference(),
                complaint.getResponseText()
                        + (complaint.getRemedyOffered() == null ? "" : "\n\nWhat we offer: " + complaint.getRemedyOffered())
                        + "\n\nPlease tell us whether you accept this response, on your complaint's status page or by"
                        + " replying to us quoting " + complaint.getReference() + ". If you do not accept it, we refer"
                        + " your complaint to " + cases.disputeResolutionBody(complaint)
                        .map(b -> "the dispute-resolution body our code names: " + b)
                        .orElse("an outside body; our code names none, so we will tell you your options") + ".");
    }

    void outOfScope(Complaint complaint) {
        send(complaint, "Your complaint " + complaint.getReference(),
                "We have looked at your complaint. It concerns a matter our code of conduct does not cover, so we"
                        + " close it under the code:\n\n" + complaint.getAssessmentNotes()
                        + "\n\nYou may still raise it with us in other ways, quoting " + complaint.getReference() + ".");
    }

    void referred(Complaint complaint) {
        send(complaint, "Your complaint " + complaint.getReference() + " goes to dispute resolution",
                "You did not accept our response. " + (complaint.getReferralBody() == null
                        ? "Our code names no dispute-resolution body; you remain free to go to a court or a consumer"
                        + " advice service. We have recorded that you did not accept our response."
                        : "Our code names this dispute-resolution body, which you can turn to free of charge:\n\n"
                        + complaint.getReferralBody() + "\n\nQuote your reference " + complaint.getReference()
                        + "; we will cooperate with the body and carry out its outcome as our code promises."));
    }

    private void send(Complaint complaint, String subject, String body) {
        if (complaint.getComplainantEmail() != null) {
            mail.send(complaint.getComplainantEmail(), "complainant of " + complaint.getReference(), subject,
                    "Dear customer,\n\n" + body + "\n");
        }
    }
}
