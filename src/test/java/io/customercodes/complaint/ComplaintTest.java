package io.customercodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The complaint's own rules, without the engine: each step in its turn, an answer once, dates kept. */
class ComplaintTest {

    static Complaint received(LocalDate dueOn) {
        return new Complaint(new ComplaintReference("ACME-ONLINE", 2026, 42), 1L, 2L,
                new NewComplaint("ACME-ONLINE", 1, "Late", null, "Alex", "alex@example.test", null, true,
                        ComplaintChannel.API), "hash", "hank", Instant.parse("2026-11-02T09:00:00Z"), 10, dueOn);
    }

    @Test
    void theReferenceReadsCodeYearAndFiveDigits() {
        assertThat(new ComplaintReference("ACME-ONLINE", 2026, 42).text()).isEqualTo("ACME-ONLINE-2026-00042");
        assertThat(new ComplaintReference("X", 2027, 123456).text()).isEqualTo("X-2027-123456");
    }

    @Test
    void aComplaintGoesFromAssessmentThroughResponseToItsOutcome() {
        Complaint complaint = received(LocalDate.of(2026, 11, 16));
        assertThatThrownBy(() -> complaint.investigate("f", "r", "m")).isInstanceOf(IllegalStateException.class);

        complaint.assess(Severity.HIGH, true, 1, true, null);
        assertThat(complaint.getState()).isEqualTo(ComplaintState.UNDER_INVESTIGATION);
        assertThatThrownBy(() -> complaint.responded(Instant.parse("2026-11-05T10:00:00Z")))
                .hasMessageContaining("no response");
        complaint.investigate("Findings", "Cause", "Refund");
        complaint.prepareResponse("Sorry");
        complaint.responded(Instant.parse("2026-11-05T10:00:00Z"));
        assertThat(complaint.answeredWithinPromisedTime()).isTrue();

        complaint.recordAnswer(false, "Not enough", "STATUS_PAGE", Instant.parse("2026-11-06T10:00:00Z"));
        assertThatThrownBy(() -> complaint.recordAnswer(true, null, "HANDLER", Instant.now()))
                .hasMessageContaining("already answered");
        assertThatThrownBy(() -> complaint.resolve("Refund")).isInstanceOf(IllegalStateException.class)
                .satisfies(e -> assertThat(complaint.getState()).isEqualTo(ComplaintState.RESPONDED));
        complaint.refer("Retail ADR scheme", Instant.parse("2026-11-07T10:00:00Z"));
        assertThat(complaint.getOutcome()).isEqualTo(ComplaintOutcome.REFERRED);
        complaint.recordReferralOutcome(LocalDate.of(2026, 11, 7), ReferralOutcome.DECISION, "Reasons", "Paid");
        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
    }

    @Test
    void anOutOfScopeComplaintIsClosedAtAssessment() {
        Complaint complaint = received(LocalDate.of(2026, 11, 16));
        complaint.assess(Severity.LOW, false, null, false, "Not our parcel");

        assertThat(complaint.getState()).isEqualTo(ComplaintState.CLOSED);
        assertThat(complaint.getOutcome()).isEqualTo(ComplaintOutcome.OUT_OF_SCOPE);
        assertThatThrownBy(() -> complaint.prepareResponse("x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aResponseAfterTheDueDateMissedThePromisedTime() {
        Complaint complaint = received(LocalDate.of(2026, 11, 3));
        complaint.assess(Severity.LOW, false, 1, true, null);
        complaint.investigate("f", "r", "m");
        complaint.prepareResponse("Sorry");
        complaint.responded(ComplaintDates.endOf(LocalDate.of(2026, 11, 3)).plusSeconds(1));

        assertThat(complaint.answeredWithinPromisedTime()).isFalse();
    }

    @Test
    void handlingStartsOnce() {
        Complaint complaint = received(LocalDate.of(2026, 11, 16));
        complaint.handlingStarted(Instant.now());

        assertThatThrownBy(() -> complaint.handlingStarted(Instant.now())).hasMessageContaining("already");
    }

    @Test
    void workingDaysSkipWeekends() {
        LocalDate friday = LocalDate.of(2026, 11, 6);
        assertThat(WorkingDays.after(friday, 1)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(WorkingDays.after(friday, 10)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(WorkingDays.after(LocalDate.of(2026, 11, 7), 1)).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(WorkingDays.before(LocalDate.of(2026, 11, 16), 2, friday)).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(WorkingDays.before(LocalDate.of(2026, 11, 9), 2, friday)).isEqualTo(friday);
    }

    @Test
    void statusTokensAreLongRandomAndStoredOnlyAsTheirHash() {
        String token = StatusTokens.newToken();

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+").isNotEqualTo(StatusTokens.newToken());
        assertThat(StatusTokens.hash(token)).hasSize(64).isEqualTo(StatusTokens.hash(token)).doesNotContain(token);
    }
}
