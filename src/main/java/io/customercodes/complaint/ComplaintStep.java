package io.customercodes.complaint;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;

/** One step of a complaint's handling: who did it, when, what came of it, and whether it kept its time. */
@Entity
public class ComplaintStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    private int position;
    private String step;
    private String actor;
    private Instant completedAt;
    private Instant dueAt;
    private Boolean onTime;
    private String outcome;

    protected ComplaintStep() {
    }

    ComplaintStep(Complaint complaint, int position, String step, String actor, Instant completedAt, Instant dueAt,
            String outcome) {
        this.complaint = complaint;
        this.position = position;
        this.step = step;
        this.actor = actor;
        this.completedAt = completedAt;
        this.dueAt = dueAt;
        this.onTime = dueAt == null ? null : !completedAt.isAfter(dueAt);
        this.outcome = outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 199) + "…";
    }

    public String getStep() {
        return step;
    }

    public String getActor() {
        return actor;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    /** Null when the step had no time limit. */
    public Boolean getOnTime() {
        return onTime;
    }

    public String getOutcome() {
        return outcome;
    }
}
