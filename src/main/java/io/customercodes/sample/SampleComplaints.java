package io.customercodes.sample;

import static io.customercodes.sample.SampleCode.form;

import io.customercodes.complaint.ComplaintChannel;
import io.customercodes.complaint.ComplaintIntake;
import io.customercodes.complaint.ComplaintTracking;
import io.customercodes.complaint.FiledComplaint;
import io.customercodes.complaint.NewComplaint;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Complaints against ACME-ONLINE, walked through complaintHandling as hank and the complainants would, so
 * that hank finds them at different steps: to assess, to investigate, awaiting the complainant's answer,
 * referred to the Retail ADR scheme, one closed, and a safety complaint that raised an ad-hoc review, whose
 * data (mary's "Evaluate code performance") counts them all.
 */
@Component
@ConditionalOnProperty(name = "customer-codes.demo.enabled", havingValue = "true")
class SampleComplaints {

    static final String CODE = "ACME-ONLINE";
    private static final String HANK = "hank";

    private final TaskWalker walker;
    private final ComplaintIntake intake;
    private final ComplaintTracking tracking;

    SampleComplaints(TaskWalker walker, ComplaintIntake intake, ComplaintTracking tracking) {
        this.walker = walker;
        this.intake = intake;
        this.tracking = tracking;
    }

    void walk() {
        // The last team's briefing ends the implementation: the lifecycle then waits for its review.
        walker.completeOne("mary", walker.open(CODE, "Task_BriefPersonnel").get(0).getId(), form("briefingMethod",
                "MEETING", "acknowledgedBy", "Sam Okafor, warehouse shift lead"));

        String byPhone = walker.startProcess(HANK, ComplaintIntake.PROCESS_KEY, form("codeKey", CODE,
                "promiseNumber", 1L, "whatHappened", "Ordered a kettle on Monday; it came the following Tuesday.",
                "remedyWanted", "The delivery charge back", "complainantName", "Margaret Hughes",
                "complainantPhone", "+44 161 496 0734", "consentToStore", true));

        FiledComplaint refund = file(2, "Returned a jacket on the 2nd; no refund two weeks later.",
                "My money back now", "Tom Baker", "tom.baker@example.com", ComplaintChannel.API);
        assess(refund.reference(), false);

        FiledComplaint waiting = file(1, "Parcel promised for Thursday arrived on Monday.", "Refund of delivery",
                "Priya Shah", "priya.shah@example.com", ComplaintChannel.PUBLIC_FORM);
        respond(waiting.reference(), "The courier missed two delivery slots.", "Delivery charge refunded",
                "We are sorry: your parcel was four days late. We have refunded the £3.95 delivery charge.");

        FiledComplaint referred = file(2, "Refund took five weeks and came short by £12.", "The missing £12 and"
                + " compensation", "Daniel Novak", "d.novak@example.com", ComplaintChannel.PUBLIC_FORM);
        respond(referred.reference(), "The refund was short because a promotional discount was deducted twice.",
                "The missing £12", "We have paid the missing £12. The delay came from a payment provider fault.");
        tracking.answer(referred.statusToken(), false, "Five weeks is far beyond your 5 working days; I want"
                + " compensation for the delay.");

        FiledComplaint closed = file(1, "Parcel a day late.", null, "Chris Evans", "chris.evans@example.com",
                ComplaintChannel.PUBLIC_FORM);
        respond(closed.reference(), "A van broke down.", "Delivery charge refunded",
                "Sorry for the delay: we have refunded the delivery charge.");
        tracking.answer(closed.statusToken(), true, "Thanks, that is fair.");
        walker.complete(HANK, closed.reference(), "Task_CloseComplaint", form("remedyDelivered",
                "£3.95 delivery charge refunded to the card"));

        FiledComplaint unsafe = file(null, "The travel adapter in my order sparked and melted when plugged in.",
                "Replace it and check the others you sell", "Ana Lima", "ana.lima@example.com",
                ComplaintChannel.PUBLIC_FORM);
        assess(unsafe.reference(), true);
        if (byPhone == null) {
            throw new IllegalStateException("The phone complaint got no reference");
        }
    }

    private FiledComplaint file(Integer promise, String whatHappened, String remedyWanted, String name,
            String email, ComplaintChannel channel) {
        return intake.file(new NewComplaint(CODE, promise, whatHappened, remedyWanted, name, email, null, true,
                channel), channel == ComplaintChannel.API ? HANK : null);
    }

    private void assess(String reference, boolean safety) {
        walker.complete(HANK, reference, "Task_AssessComplaint", form("severity", safety ? "HIGH" : "MEDIUM",
                "safetyIssue", safety, "scopeDecision", "IN_SCOPE"));
        walker.runAsyncContinuations(reference);
    }

    private void respond(String reference, String findings, String remedy, String response) {
        assess(reference, false);
        walker.complete(HANK, reference, "Task_InvestigateComplaint", Map.of("findings", findings,
                "rootCause", findings, "remedyOffered", remedy));
        walker.complete(HANK, reference, "Task_RespondToComplaint", Map.of("responseText", response));
        walker.runAsyncContinuations(reference);
    }
}
