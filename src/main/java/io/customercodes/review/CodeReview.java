package io.customercodes.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** One periodic or ad-hoc review of a code (ISO 10001 clause 8.4). */
@Entity
public class CodeReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long codeId;

    @Column(updatable = false)
    private Long versionId;

    @Column(updatable = false)
    private LocalDate dueOn;

    @Column(updatable = false)
    private Instant startedAt;

    @Column(updatable = false)
    private String dataSummary;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private ReviewTrigger reviewTrigger;

    @Column(updatable = false)
    private Integer missedTargets;

    @Column(updatable = false)
    private Integer complaintsReceived;

    @Enumerated(EnumType.STRING)
    private Satisfaction customerSatisfaction;

    @Enumerated(EnumType.STRING)
    private Satisfaction stakeholderSatisfaction;

    private String evaluation;

    @Enumerated(EnumType.STRING)
    private ReviewDecision recommendation;

    private String evaluatedBy;
    private Instant evaluatedAt;

    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;

    private String rationale;
    private String decidedBy;
    private Instant decidedAt;

    protected CodeReview() {
    }

    CodeReview(Long codeId, Long versionId, LocalDate dueOn, Instant startedAt, ReviewTrigger trigger,
            int missedTargets, int complaintsReceived, String dataSummary) {
        this.complaintsReceived = complaintsReceived;
        this.codeId = codeId;
        this.versionId = versionId;
        this.dueOn = dueOn;
        this.startedAt = startedAt;
        this.reviewTrigger = trigger;
        this.missedTargets = missedTargets;
        this.dataSummary = dataSummary;
    }

    /** What the code manager found outside this application: satisfaction with the code. */
    void recordFindings(Satisfaction customers, Satisfaction stakeholders) {
        requireUndecided();
        this.customerSatisfaction = customers;
        this.stakeholderSatisfaction = stakeholders;
    }

    void evaluate(String evaluation, ReviewDecision recommendation, String actor, Instant when) {
        requireUndecided();
        this.evaluation = evaluation;
        this.recommendation = recommendation;
        this.evaluatedBy = actor;
        this.evaluatedAt = when;
    }

    void decide(ReviewDecision decision, String rationale, String actor, Instant when) {
        requireUndecided();
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = actor;
        this.decidedAt = when;
    }

    private void requireUndecided() {
        if (decision != null) {
            throw new IllegalStateException("Review " + id + " was decided by " + decidedBy + " and cannot change");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getCodeId() {
        return codeId;
    }

    public Long getVersionId() {
        return versionId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getDataSummary() {
        return dataSummary;
    }

    public String getEvaluation() {
        return evaluation;
    }

    public ReviewDecision getRecommendation() {
        return recommendation;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getRationale() {
        return rationale;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public ReviewTrigger getReviewTrigger() {
        return reviewTrigger;
    }

    public Integer getMissedTargets() {
        return missedTargets;
    }

    public Integer getComplaintsReceived() {
        return complaintsReceived;
    }

    public Satisfaction getCustomerSatisfaction() {
        return customerSatisfaction;
    }

    public Satisfaction getStakeholderSatisfaction() {
        return stakeholderSatisfaction;
    }
}
