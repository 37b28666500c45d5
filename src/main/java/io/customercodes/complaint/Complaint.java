package io.customercodes.complaint;

import io.customercodes.system.EngineClock;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One customer's complaint against a code (ISO 10002), from receipt to its outcome and any referral to
 * external dispute resolution (ISO 10003). It holds the complainant's personal data, which therefore stays
 * here: process variables, the audit trail and logs name a complaint only by its reference.
 */
@Entity
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String reference;

    @Column(updatable = false)
    private Long codeId;

    @Column(updatable = false)
    private Long versionId;

    @Column(updatable = false)
    private int receivedYear;

    @Column(updatable = false)
    private int numberInYear;

    private Integer promiseNumber;

    @Column(updatable = false)
    private String whatHappened;

    @Column(updatable = false)
    private String remedyWanted;

    @Column(updatable = false)
    private String complainantName;

    @Column(updatable = false)
    private String complainantEmail;

    @Column(updatable = false)
    private String complainantPhone;

    @Column(updatable = false)
    private Instant consentGivenAt;

    @Column(updatable = false)
    private String statusTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ComplaintChannel channel;

    @Column(updatable = false)
    private String filedBy;

    @Column(updatable = false)
    private Instant receivedAt;

    @Column(updatable = false)
    private int responseDays;

    @Column(updatable = false)
    private LocalDate responseDueOn;

    private Instant handlingStartedAt;

    @Enumerated(EnumType.STRING)
    private ComplaintState state;

    @Enumerated(EnumType.STRING)
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

    @Enumerated(EnumType.STRING)
    private ComplaintOutcome outcome;

    private String remedyDelivered;
    private Instant closedAt;
    private Instant personalDataErasedAt;
    private String referralBody;
    private Instant referredAt;
    private LocalDate referralDate;

    @Enumerated(EnumType.STRING)
    private ReferralOutcome referralOutcome;

    private String referralReasons;
    private String referralImplementation;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ComplaintStep> steps = new ArrayList<>();

    @Version
    private long lockVersion;

    protected Complaint() {
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
        steps.add(new ComplaintStep(this, steps.size(), step, actor, EngineClock.now(), dueAt, outcome));
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
