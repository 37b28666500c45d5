package io.customercodes.complaint;

import static io.customercodes.system.jdbc.Rows.date;
import static io.customercodes.system.jdbc.Rows.enumValue;
import static io.customercodes.system.jdbc.Rows.instant;
import static io.customercodes.system.jdbc.Rows.name;
import static io.customercodes.system.jdbc.Rows.nullableBoolean;
import static io.customercodes.system.jdbc.Rows.nullableInt;
import static io.customercodes.system.jdbc.Rows.nullableLong;
import static io.customercodes.system.jdbc.Rows.utc;

import io.customercodes.system.EngineClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One customer's complaint against a code (ISO 10002), from receipt to its outcome and any referral to
 * external dispute resolution (ISO 10003). It holds the complainant's personal data, which therefore stays
 * here: process variables, the audit trail and logs name a complaint only by its reference.
 */
public class Complaint {

    private Long id;

    private String reference;

    private Long codeId;

    private Long versionId;

    private int receivedYear;

    private int numberInYear;

    private Integer promiseNumber;

    private String whatHappened;

    private String remedyWanted;

    private String complainantName;

    private String complainantEmail;

    private String complainantPhone;

    private Instant consentGivenAt;

    private String statusTokenHash;

    private ComplaintChannel channel;

    private String filedBy;

    private Instant receivedAt;

    private int responseDays;

    private LocalDate responseDueOn;

    private Instant handlingStartedAt;

    private ComplaintState state;

    private Severity severity;

    private boolean safetyIssue;
    private Boolean inScope;
    private String assessmentNotes;
    private String findings;
    private String rootCause;
    private String remedyOffered;
    private String responseText;
    private Instant respondedAt;
    private Boolean complainantAccepts;
    private String answerComment;
    private Instant answeredAt;
    private String answeredVia;

    private ComplaintOutcome outcome;

    private String remedyDelivered;
    private Instant closedAt;
    private Instant personalDataErasedAt;
    private String referralBody;
    private Instant referredAt;
    private LocalDate referralDate;

    private ReferralOutcome referralOutcome;

    private String referralReasons;
    private String referralImplementation;

    private List<ComplaintStep> steps = new ArrayList<>();

    private long lockVersion;

    private Complaint() {
    }

    Complaint(ComplaintReference reference, Long codeId, Long versionId, NewComplaint filing, String statusTokenHash,
            String filedBy, Instant receivedAt, int responseDays, LocalDate responseDueOn) {
        this.reference = reference.text();
        this.receivedYear = reference.year();
        this.numberInYear = reference.number();
        this.codeId = codeId;
        this.versionId = versionId;
        this.promiseNumber = filing.promiseNumber();
        this.whatHappened = filing.whatHappened();
        this.remedyWanted = filing.remedyWanted();
        this.complainantName = filing.complainantName();
        this.complainantEmail = filing.complainantEmail();
        this.complainantPhone = filing.complainantPhone();
        this.consentGivenAt = receivedAt;
        this.statusTokenHash = statusTokenHash;
        this.channel = filing.channel();
        this.filedBy = filedBy;
        this.receivedAt = receivedAt;
        this.responseDays = responseDays;
        this.responseDueOn = responseDueOn;
        this.state = ComplaintState.RECEIVED;
    }

    /** The complaint as stored, its steps still to be attached ({@link #withSteps}). */
    static Complaint restore(ResultSet rs) throws SQLException {
        Complaint c = new Complaint();
        c.id = nullableLong(rs, "id");
        c.reference = rs.getString("reference");
        c.codeId = nullableLong(rs, "code_id");
        c.versionId = nullableLong(rs, "version_id");
        c.receivedYear = rs.getInt("received_year");
        c.numberInYear = rs.getInt("number_in_year");
        c.promiseNumber = nullableInt(rs, "promise_number");
        c.whatHappened = rs.getString("what_happened");
        c.remedyWanted = rs.getString("remedy_wanted");
        c.complainantName = rs.getString("complainant_name");
        c.complainantEmail = rs.getString("complainant_email");
        c.complainantPhone = rs.getString("complainant_phone");
        c.consentGivenAt = instant(rs, "consent_given_at");
        c.statusTokenHash = rs.getString("status_token_hash");
        c.channel = enumValue(rs, "channel", ComplaintChannel.class);
        c.filedBy = rs.getString("filed_by");
        c.receivedAt = instant(rs, "received_at");
        c.responseDays = rs.getInt("response_days");
        c.responseDueOn = date(rs, "response_due_on");
        c.handlingStartedAt = instant(rs, "handling_started_at");
        c.state = enumValue(rs, "state", ComplaintState.class);
        c.severity = enumValue(rs, "severity", Severity.class);
        c.safetyIssue = rs.getBoolean("safety_issue");
        c.inScope = nullableBoolean(rs, "in_scope");
        c.assessmentNotes = rs.getString("assessment_notes");
        c.findings = rs.getString("findings");
        c.rootCause = rs.getString("root_cause");
        c.remedyOffered = rs.getString("remedy_offered");
        c.responseText = rs.getString("response_text");
        c.respondedAt = instant(rs, "responded_at");
        c.complainantAccepts = nullableBoolean(rs, "complainant_accepts");
        c.answerComment = rs.getString("answer_comment");
        c.answeredAt = instant(rs, "answered_at");
        c.answeredVia = rs.getString("answered_via");
        c.outcome = enumValue(rs, "outcome", ComplaintOutcome.class);
        c.remedyDelivered = rs.getString("remedy_delivered");
        c.closedAt = instant(rs, "closed_at");
        c.personalDataErasedAt = instant(rs, "personal_data_erased_at");
        c.referralBody = rs.getString("referral_body");
        c.referredAt = instant(rs, "referred_at");
        c.referralDate = date(rs, "referral_date");
        c.referralOutcome = enumValue(rs, "referral_outcome", ReferralOutcome.class);
        c.referralReasons = rs.getString("referral_reasons");
        c.referralImplementation = rs.getString("referral_implementation");
        c.lockVersion = rs.getLong("lock_version");
        return c;
    }

    /** The columns a complaint writes, with their values; the id, lock version and erasure date are not among them. */
    Map<String, Object> columns() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("reference", reference);
        row.put("code_id", codeId);
        row.put("version_id", versionId);
        row.put("received_year", receivedYear);
        row.put("number_in_year", numberInYear);
        row.put("promise_number", promiseNumber);
        row.put("what_happened", whatHappened);
        row.put("remedy_wanted", remedyWanted);
        row.put("complainant_name", complainantName);
        row.put("complainant_email", complainantEmail);
        row.put("complainant_phone", complainantPhone);
        row.put("consent_given_at", utc(consentGivenAt));
        row.put("status_token_hash", statusTokenHash);
        row.put("channel", name(channel));
        row.put("filed_by", filedBy);
        row.put("received_at", utc(receivedAt));
        row.put("response_days", responseDays);
        row.put("response_due_on", responseDueOn);
        row.put("handling_started_at", utc(handlingStartedAt));
        row.put("state", name(state));
        row.put("severity", name(severity));
        row.put("safety_issue", safetyIssue);
        row.put("in_scope", inScope);
        row.put("assessment_notes", assessmentNotes);
        row.put("findings", findings);
        row.put("root_cause", rootCause);
        row.put("remedy_offered", remedyOffered);
        row.put("response_text", responseText);
        row.put("responded_at", utc(respondedAt));
        row.put("complainant_accepts", complainantAccepts);
        row.put("answer_comment", answerComment);
        row.put("answered_at", utc(answeredAt));
        row.put("answered_via", answeredVia);
        row.put("outcome", name(outcome));
        row.put("remedy_delivered", remedyDelivered);
        row.put("closed_at", utc(closedAt));
        row.put("referral_body", referralBody);
        row.put("referred_at", utc(referredAt));
        row.put("referral_date", referralDate);
        row.put("referral_outcome", name(referralOutcome));
        row.put("referral_reasons", referralReasons);
        row.put("referral_implementation", referralImplementation);
        return row;
    }

    Complaint withSteps(List<ComplaintStep> stored) {
        steps = new ArrayList<>(stored);
        return this;
    }

    /** Stored: the database gave it this id. */
    void inserted(Long id) {
        this.id = id;
    }

    /** Stored again: the row's lock version went up by one. */
    void updated() {
        lockVersion++;
    }

    long getLockVersion() {
        return lockVersion;
    }

    /** The steps recorded since the complaint was read, which its next save inserts. */
    List<ComplaintStep> unsavedSteps() {
        return steps.stream().filter(step -> step.getId() == null).toList();
    }

    /** The handling process has started for this complaint; it starts once. */
    void handlingStarted(Instant when) {
        if (handlingStartedAt != null) {
            throw new IllegalStateException("Complaint " + reference + " is already being handled");
        }
        handlingStartedAt = when;
    }

    boolean isHandlingStarted() {
        return handlingStartedAt != null;
    }

    void recordStep(String step, String actor, Instant dueAt, String outcome) {
        steps.add(new ComplaintStep(steps.size(), step, actor, EngineClock.now(), dueAt, outcome));
    }

    void assess(Severity severity, boolean safetyIssue, Integer promiseNumber, boolean inScope, String notes) {
        require(ComplaintState.RECEIVED, "assessed");
        this.severity = severity;
        this.safetyIssue = safetyIssue;
        this.promiseNumber = promiseNumber;
        this.inScope = inScope;
        this.assessmentNotes = notes;
        if (inScope) {
            state = ComplaintState.UNDER_INVESTIGATION;
        } else {
            close(ComplaintOutcome.OUT_OF_SCOPE);
        }
    }

    void investigate(String findings, String rootCause, String remedyOffered) {
        require(ComplaintState.UNDER_INVESTIGATION, "investigated");
        this.findings = findings;
        this.rootCause = rootCause;
        this.remedyOffered = remedyOffered;
    }

    void prepareResponse(String responseText) {
        require(ComplaintState.UNDER_INVESTIGATION, "answered");
        this.responseText = responseText;
    }

    /** The response has gone out: from now on the complainant may accept or reject it. */
    void responded(Instant when) {
        require(ComplaintState.UNDER_INVESTIGATION, "answered");
        if (responseText == null) {
            throw new IllegalStateException("Complaint " + reference + " has no response to send");
        }
        this.respondedAt = when;
        this.state = ComplaintState.RESPONDED;
    }

    /** The complainant's answer to the response, once: from the status page or taken by a handler. */
    void recordAnswer(boolean accepts, String comment, String via, Instant when) {
        require(ComplaintState.RESPONDED, "given an answer");
        if (complainantAccepts != null) {
            throw new IllegalStateException("Complaint " + reference + " was already answered");
        }
        this.complainantAccepts = accepts;
        this.answerComment = comment;
        this.answeredVia = via;
        this.answeredAt = when;
    }

    void resolve(String remedyDelivered) {
        require(ComplaintState.RESPONDED, "resolved");
        requireAnswer(Boolean.TRUE, "resolved");
        this.remedyDelivered = remedyDelivered;
        close(ComplaintOutcome.RESOLVED);
    }

    void closeWithoutAnswer() {
        require(ComplaintState.RESPONDED, "closed without an answer");
        requireAnswer(null, "closed without an answer");
        close(ComplaintOutcome.CLOSED_WITHOUT_ANSWER);
    }

    void refer(String body, Instant when) {
        require(ComplaintState.RESPONDED, "referred");
        requireAnswer(Boolean.FALSE, "referred");
        this.referralBody = body;
        this.referredAt = when;
        this.outcome = ComplaintOutcome.REFERRED;
        this.state = ComplaintState.REFERRED;
    }

    void recordReferralOutcome(LocalDate referralDate, ReferralOutcome outcome, String reasons,
            String implementation) {
        require(ComplaintState.REFERRED, "given a dispute-resolution outcome");
        this.referralDate = referralDate;
        this.referralOutcome = outcome;
        this.referralReasons = reasons;
        this.referralImplementation = implementation;
        this.state = ComplaintState.CLOSED;
        this.closedAt = EngineClock.now();
    }

    private void close(ComplaintOutcome outcome) {
        this.outcome = outcome;
        this.state = ComplaintState.CLOSED;
        this.closedAt = EngineClock.now();
    }

    private void requireAnswer(Boolean expected, String action) {
        if (!Objects.equals(complainantAccepts, expected)) {
            throw new IllegalStateException("Complaint " + reference + " cannot be " + action + ": the complainant "
                    + (complainantAccepts == null ? "has not answered" : complainantAccepts ? "accepted"
                    : "rejected the response"));
        }
    }

    private void require(ComplaintState expected, String action) {
        if (state != expected) {
            throw new IllegalStateException("Complaint " + reference + " is " + state + " and cannot be " + action);
        }
    }

    /** Whether the response went out by the promised date; null while it has not gone out and is not late. */
    public Boolean answeredWithinPromisedTime() {
        if (respondedAt != null) {
            return !EngineClock.dateOf(respondedAt).isAfter(responseDueOn);
        }
        return EngineClock.today().isAfter(responseDueOn) && inScope != Boolean.FALSE ? Boolean.FALSE : null;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getCodeId() {
        return codeId;
    }

    public Long getVersionId() {
        return versionId;
    }

    /** The promise the complaint cites, 1-based; null for "other". */
    public Integer getPromiseNumber() {
        return promiseNumber;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getRemedyWanted() {
        return remedyWanted;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantEmail() {
        return complainantEmail;
    }

    public String getComplainantPhone() {
        return complainantPhone;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    String getStatusTokenHash() {
        return statusTokenHash;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public int getResponseDays() {
        return responseDays;
    }

    public LocalDate getResponseDueOn() {
        return responseDueOn;
    }

    public ComplaintState getState() {
        return state;
    }

    public Severity getSeverity() {
        return severity;
    }

    public boolean isSafetyIssue() {
        return safetyIssue;
    }

    public Boolean getInScope() {
        return inScope;
    }

    public String getAssessmentNotes() {
        return assessmentNotes;
    }

    public String getFindings() {
        return findings;
    }

    public String getRootCause() {
        return rootCause;
    }

    public String getRemedyOffered() {
        return remedyOffered;
    }

    public String getResponseText() {
        return responseText;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }

    public Boolean getComplainantAccepts() {
        return complainantAccepts;
    }

    public String getAnswerComment() {
        return answerComment;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredVia() {
        return answeredVia;
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public String getRemedyDelivered() {
        return remedyDelivered;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getReferralBody() {
        return referralBody;
    }

    public Instant getReferredAt() {
        return referredAt;
    }

    public LocalDate getReferralDate() {
        return referralDate;
    }

    public ReferralOutcome getReferralOutcome() {
        return referralOutcome;
    }

    public String getReferralReasons() {
        return referralReasons;
    }

    public String getReferralImplementation() {
        return referralImplementation;
    }

    public List<ComplaintStep> getSteps() {
        return List.copyOf(steps);
    }
}
