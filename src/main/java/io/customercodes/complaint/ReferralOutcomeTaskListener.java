package io.customercodes.complaint;

import static io.customercodes.system.FormValues.choice;
import static io.customercodes.system.FormValues.requiredText;

import io.customercodes.system.Actors;
import io.customercodes.system.Subjects;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** "Record dispute resolution outcome": what the outside body decided and how it was carried out (ISO 10003). */
@Component("referralOutcomeTaskListener")
class ReferralOutcomeTaskListener extends ComplaintTaskListener {

    ReferralOutcomeTaskListener(Subjects subjects, ComplaintCases cases, Actors actors) {
        super(subjects, cases, actors);
    }

    @Override
    protected void prepare(DelegateTask task) {
        Complaint complaint = complaint(task);
        String body = complaint.getReferralBody() == null
                ? "**This code names no dispute-resolution body.** The complainant was told so and of their other"
                + " options. Record here what became of the complaint outside (a court, a consumer body), if anything."
                : "**Dispute-resolution body named in the code:** " + complaint.getReferralBody();
        task.setVariableLocal("referralSummary", cases.responseSummary(complaint) + "\n\n#### Referral\n\n" + body);
        task.setVariableLocal("referralDate", EngineClock.dateOf(complaint.getReferredAt()).toString());
        task.setVariableLocal("referralOutcome", null);
        task.setVariableLocal("referralReasons", null);
        task.setVariableLocal("referralImplementation", null);
    }

    @Override
    protected void submit(DelegateTask task) {
        Complaint complaint = complaint(task);
        ReferralOutcome outcome = choice(submitted(task, "referralOutcome"), ReferralOutcome.class, "referralOutcome");
        complaint.recordReferralOutcome(date(submitted(task, "referralDate")), outcome,
                requiredText(submitted(task, "referralReasons"), "referralReasons"),
                requiredText(submitted(task, "referralImplementation"), "referralImplementation"));
        saveWithStep(complaint, task, "DISPUTE_RESOLUTION", outcome.name());
    }

    private static LocalDate date(Object value) {
        String text = requiredText(value, "referralDate");
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidFormInputException("referralDate", "is not a date: " + text);
        }
    }
}
