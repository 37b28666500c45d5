package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.system.EngineClock;
import io.customercodes.system.InvalidFormInputException;
import io.customercodes.version.Promise;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complainant's side, reached only with the status token: the complaint's progress, its promised dates and
 * the organization's response, and the complainant's answer to that response.
 */
@Service
public class ComplaintTracking {

    static final int MAX_ANSWER_COMMENT = 4000;

    public record Step(String step, LocalDate on, Boolean onTime) {
    }

    /** What the complainant may see: no staff names, nothing of other complaints. */
    public record Progress(String reference, String codeKey, String codeTitle, Integer promiseNumber,
            String promiseText, LocalDate receivedOn, int responseDays, LocalDate responseDueOn, String state,
            String stateLabel, List<Step> steps, String response, String remedyOffered, LocalDate respondedOn,
            LocalDate answerDueOn, boolean awaitingAnswer, Boolean accepted, String outcome, String disputeResolutionBody,
            String referralOutcome, String remedyDelivered) {
    }

    public enum AnswerResult { RECORDED, NOT_AWAITING_ANSWER, UNKNOWN_TOKEN }

    private final ComplaintRepository complaints;
    private final ComplaintCases cases;
    private final RuntimeService runtime;

    ComplaintTracking(ComplaintRepository complaints, ComplaintCases cases, RuntimeService runtime) {
        this.complaints = complaints;
        this.cases = cases;
        this.runtime = runtime;
    }

    @Transactional(readOnly = true)
    public Optional<Progress> byToken(String token) {
        return find(token).map(this::progress);
    }

    /**
     * The dispute-resolution body the cited code version names (ISO 10003), so the complainant knows where a
     * rejection leads before answering; empty when the code names none or the token is unknown.
     */
    @Transactional(readOnly = true)
    public Optional<String> disputeResolutionBody(String token) {
        return find(token).flatMap(cases::disputeResolutionBody);
    }

    /**
     * Records the complainant's acceptance or rejection of the response and lets the handling go on: closing
     * the complaint, or referring it to dispute resolution.
     */
    @Transactional
    public AnswerResult answer(String token, boolean accepts, String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_ANSWER_COMMENT) {
            throw new InvalidFormInputException("comment", "is longer than " + MAX_ANSWER_COMMENT + " characters");
        }
        Optional<Complaint> found = find(token);
        if (found.isEmpty()) {
            return AnswerResult.UNKNOWN_TOKEN;
        }
        Complaint complaint = found.get();
        if (complaint.getState() != ComplaintState.RESPONDED || complaint.getComplainantAccepts() != null) {
            return AnswerResult.NOT_AWAITING_ANSWER;
        }
        complaint.recordAnswer(accepts, text, "STATUS_PAGE", EngineClock.now());
        complaint.recordStep("ANSWER", "complainant", null, accepts ? "accepted" : "rejected");
        // Before the message: the handling it resumes reads the answer (a rejection refers the complaint).
        complaints.save(complaint);
        boolean correlated = !runtime.createMessageCorrelation(ComplaintVariables.ANSWER_MESSAGE)
                .processInstanceBusinessKey(complaint.getReference())
                .setVariable(ComplaintVariables.COMPLAINANT_ACCEPTS, accepts)
                .correlateAllWithResult().isEmpty();
        if (!correlated) {
            throw new IllegalStateException("Complaint " + complaint.getReference()
                    + " is answered but its handling does not wait for the answer");
        }
        return AnswerResult.RECORDED;
    }

    private Optional<Complaint> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return complaints.findByStatusTokenHash(StatusTokens.hash(token));
    }

    private Progress progress(Complaint c) {
        Code code = cases.code(c);
        return new Progress(c.getReference(), code.getKey(), code.getTitle(), c.getPromiseNumber(),
                cases.promise(c).map(Promise::getText).orElse(null),
                EngineClock.dateOf(c.getReceivedAt()), c.getResponseDays(), c.getResponseDueOn(), c.getState().name(),
                c.getState().label(), c.getSteps().stream().map(s -> new Step(s.getStep(),
                        EngineClock.dateOf(s.getCompletedAt()), s.getOnTime())).toList(),
                c.getRespondedAt() == null ? null : c.getResponseText(),
                c.getRespondedAt() == null ? null : c.getRemedyOffered(),
                c.getRespondedAt() == null ? null : EngineClock.dateOf(c.getRespondedAt()),
                c.getRespondedAt() == null ? null : EngineClock.dateOf(ComplaintDates.answerDue(c.getRespondedAt())
                        .toInstant()),
                c.getState() == ComplaintState.RESPONDED && c.getComplainantAccepts() == null,
                c.getComplainantAccepts(), c.getOutcome() == null ? null : c.getOutcome().name(),
                c.getReferredAt() == null ? null : c.getReferralBody(),
                c.getReferralOutcome() == null ? null : c.getReferralOutcome().name(), c.getRemedyDelivered());
    }
}
