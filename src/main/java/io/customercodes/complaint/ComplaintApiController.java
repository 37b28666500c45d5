package io.customercodes.complaint;

import io.customercodes.code.Code;
import io.customercodes.code.CodeRepository;
import io.customercodes.code.ApiPage;
import io.customercodes.identity.Role;
import io.customercodes.security.CurrentUser;
import io.customercodes.system.EngineClock;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints over the API: a shop's helpdesk files them; handlers and code managers read them (with the
 * complainant's details, which nobody else sees); per-code statistics carry no personal data.
 */
@RestController
class ComplaintApiController {

    /** A null promise number is "another matter". */
    record ComplaintRequest(String codeKey, Integer promiseNumber, String whatHappened, String remedyWanted,
            String complainantName, String complainantEmail, String complainantPhone, Boolean consentToStore) {
    }

    record FiledJson(String reference, String statusPath, LocalDate responseDueOn) {
    }

    record StepJson(String step, String actor, Instant completedAt, Instant dueAt, Boolean onTime, String outcome) {
    }

    record ComplaintSummaryJson(String reference, String codeKey, Integer promiseNumber, String channel,
            Instant receivedAt, LocalDate responseDueOn, String state, String severity, boolean safetyIssue,
            Boolean answeredWithinPromisedTime, String outcome, String referralOutcome) {
    }

    record ComplaintJson(String reference, String codeKey, Integer versionNumber, Integer promiseNumber,
            String whatHappened, String remedyWanted, String complainantName, String complainantEmail,
            String complainantPhone, Instant consentGivenAt, String channel, String filedBy, Instant receivedAt,
            int responseDays, LocalDate responseDueOn, String state, String severity, boolean safetyIssue,
            Boolean inScope, String assessmentNotes, String findings, String rootCause, String remedyOffered,
            String responseText, Instant respondedAt, Boolean answeredWithinPromisedTime, Boolean complainantAccepts,
            String answerComment, Instant answeredAt, String outcome, String remedyDelivered, Instant closedAt,
            String referralBody, Instant referredAt, LocalDate referralDate, String referralOutcome,
            String referralReasons, String referralImplementation, List<StepJson> steps) {
    }

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final ComplaintCases cases;
    private final ComplaintStatistics statistics;
    private final CodeRepository codes;
    private final CurrentUser currentUser;

    ComplaintApiController(ComplaintIntake intake, ComplaintRepository complaints, ComplaintCases cases,
            ComplaintStatistics statistics, CodeRepository codes, CurrentUser currentUser) {
        this.intake = intake;
        this.complaints = complaints;
        this.cases = cases;
        this.statistics = statistics;
        this.codes = codes;
        this.currentUser = currentUser;
    }

    @PostMapping("/api/complaints")
    ResponseEntity<FiledJson> file(@RequestBody ComplaintRequest request) {
        String user = currentUser.requireOneOf(Role.COMPLAINT_HANDLERS, Role.CODE_MANAGERS);
        FiledComplaint filed = intake.file(new NewComplaint(request.codeKey(), request.promiseNumber(),
                request.whatHappened(), request.remedyWanted(), request.complainantName(), request.complainantEmail(),
                request.complainantPhone(), Boolean.TRUE.equals(request.consentToStore()), ComplaintChannel.API), user);
        return ResponseEntity.created(URI.create("/api/complaints/" + filed.reference()))
                .body(new FiledJson(filed.reference(), filed.statusPath(), filed.responseDueOn()));
    }

    @GetMapping("/api/complaints/{reference}")
    @Transactional(readOnly = true)
    ComplaintJson complaint(@PathVariable String reference) {
        currentUser.requireOneOf(Role.COMPLAINT_HANDLERS, Role.CODE_MANAGERS);
        Complaint c = complaints.getByReference(reference);
        return new ComplaintJson(c.getReference(), cases.code(c).getKey(), cases.version(c).getNumber(),
                c.getPromiseNumber(), c.getWhatHappened(), c.getRemedyWanted(), c.getComplainantName(),
                c.getComplainantEmail(), c.getComplainantPhone(), c.getConsentGivenAt(), c.getChannel().name(),
                c.getFiledBy(), c.getReceivedAt(), c.getResponseDays(), c.getResponseDueOn(), c.getState().name(),
                name(c.getSeverity()), c.isSafetyIssue(), c.getInScope(), c.getAssessmentNotes(), c.getFindings(),
                c.getRootCause(), c.getRemedyOffered(), c.getResponseText(), c.getRespondedAt(),
                c.answeredWithinPromisedTime(), c.getComplainantAccepts(), c.getAnswerComment(), c.getAnsweredAt(),
                name(c.getOutcome()), c.getRemedyDelivered(), c.getClosedAt(), c.getReferralBody(), c.getReferredAt(),
                c.getReferralDate(), name(c.getReferralOutcome()), c.getReferralReasons(),
                c.getReferralImplementation(), c.getSteps().stream().map(s -> new StepJson(s.getStep(), s.getActor(),
                        s.getCompletedAt(), s.getDueAt(), s.getOnTime(), s.getOutcome())).toList());
    }

    /**
     * One page of the code's complaints, as they came in: {@code page} from 1, {@code size} up to 500 (default
     * 100); the total in {@code X-Total-Count}, the neighbouring pages in {@code Link}.
     */
    @GetMapping("/api/codes/{codeKey}/complaints")
    @Transactional(readOnly = true)
    ResponseEntity<List<ComplaintSummaryJson>> complaintsOf(@PathVariable String codeKey,
            @RequestParam(name = "page", defaultValue = "1") String page,
            @RequestParam(name = "size", defaultValue = "100") String size) {
        currentUser.requireOneOf(Role.COMPLAINT_HANDLERS, Role.CODE_MANAGERS);
        ApiPage asked = ApiPage.of(page, size);
        Code code = codes.getByKey(codeKey);
        return asked.answer("/api/codes/" + code.getKey() + "/complaints",
                complaints.pageOfCode(code.getId(), asked.request()), c -> new ComplaintSummaryJson(
                c.getReference(), code.getKey(), c.getPromiseNumber(), c.getChannel().name(), c.getReceivedAt(),
                c.getResponseDueOn(), c.getState().name(), name(c.getSeverity()), c.isSafetyIssue(),
                c.answeredWithinPromisedTime(), name(c.getOutcome()), name(c.getReferralOutcome())));
    }

    /** Every complaint against the code so far, or those received from {@code since} on. */
    @GetMapping("/api/codes/{codeKey}/complaints/statistics")
    ComplaintStatistics.Summary statistics(@PathVariable String codeKey,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since) {
        Code code = codes.getByKey(codeKey);
        return since == null ? statistics.summary(code)
                : statistics.summary(code, since.atStartOfDay(EngineClock.zone()).toInstant(), EngineClock.now());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
