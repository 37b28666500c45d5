package io.customercodes.review;

import java.time.Instant;
import java.time.LocalDate;

/** One periodic or ad-hoc review of a code (ISO 10001 clause 8.4). */
public class CodeReview {

    private Long id;

    private final Long codeId;

    private final Long versionId;

    private final LocalDate dueOn;

    private final Instant startedAt;

    private final String dataSummary;

    private final ReviewTrigger reviewTrigger;

    private final Integer missedTargets;

    private final Integer complaintsReceived;

    private Satisfaction customerSatisfaction;

    private Satisfaction stakeholderSatisfaction;

    private String evaluation;

    private ReviewDecision recommendation;

    private String evaluatedBy;
    private Instant evaluatedAt;

    private ReviewDecision decision;

    private String rationale;
    private String decidedBy;
    private Instant decidedAt;

    CodeReview(Long codeId, Long versionId, LocalDate dueOn, Instant startedAt, ReviewTrigger trigger,
            Integer missedTargets, Integer complaintsReceived, String dataSummary) {
        this.complaintsReceived = complaintsReceived;
        this.codeId = codeId;
        this.versionId = versionId;
        this.dueOn = dueOn;
        this.startedAt = startedAt;
        this.reviewTrigger = trigger;
        this.missedTargets = missedTargets;
        this.dataSummary = dataSummary;
    }

    /** The review as stored: what was recorded after it started. */
    CodeReview restored(Long id, Satisfaction customers, Satisfaction stakeholders, String evaluation,
            ReviewDecision recommendation, String evaluatedBy, Instant evaluatedAt, ReviewDecision decision,
            String rationale, String decidedBy, Instant decidedAt) {
        this.id = id;
        this.customerSatisfaction = customers;
        this.stakeholderSatisfaction = stakeholders;
        this.evaluation = evaluation;
        this.recommendation = recommendation;
        this.evaluatedBy = evaluatedBy;
        this.evaluatedAt = evaluatedAt;
        this.decision = decision;
        this.rationale = rationale;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        return this;
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
