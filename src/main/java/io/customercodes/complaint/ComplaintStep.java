package io.customercodes.complaint;

import java.time.Instant;

/** One step of a complaint's handling: who did it, when, what came of it, and whether it kept its time. */
public class ComplaintStep {

    private Long id;
    private final int position;
    private final String step;
    private final String actor;
    private final Instant completedAt;
    private final Instant dueAt;
    private final Boolean onTime;
    private final String outcome;

    ComplaintStep(int position, String step, String actor, Instant completedAt, Instant dueAt, String outcome) {
        this.position = position;
        this.step = step;
        this.actor = actor;
        this.completedAt = completedAt;
        this.dueAt = dueAt;
        this.onTime = dueAt == null ? null : !completedAt.isAfter(dueAt);
        this.outcome = outcome == null || outcome.length() <= 200 ? outcome : outcome.substring(0, 199) + "…";
    }

    ComplaintStep(Long id, int position, String step, String actor, Instant completedAt, Instant dueAt,
            Boolean onTime, String outcome) {
        this.id = id;
        this.position = position;
        this.step = step;
        this.actor = actor;
        this.completedAt = completedAt;
        this.dueAt = dueAt;
        this.onTime = onTime;
        this.outcome = outcome;
    }

    Long getId() {
        return id;
    }

    void inserted(Long id) {
        this.id = id;
    }

    int getPosition() {
        return position;
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
