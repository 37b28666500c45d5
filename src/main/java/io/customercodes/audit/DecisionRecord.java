package io.customercodes.audit;

import java.time.Instant;

/** One decision taken about a code, with who took it and when. Never updated. */
public class DecisionRecord {

    private final Long id;
    private final Long codeId;
    private final Long versionId;
    private final DecisionKind kind;
    private final String decision;
    private final String comment;
    private final String actor;
    private final Instant decidedAt;

    DecisionRecord(Long codeId, Long versionId, DecisionKind kind, String decision, String comment, String actor,
            Instant decidedAt) {
        this(null, codeId, versionId, kind, decision, comment, actor, decidedAt);
    }

    DecisionRecord(Long id, Long codeId, Long versionId, DecisionKind kind, String decision, String comment,
            String actor, Instant decidedAt) {
        this.id = id;
        this.codeId = codeId;
        this.versionId = versionId;
        this.kind = kind;
        this.decision = decision;
        this.comment = comment;
        this.actor = actor;
        this.decidedAt = decidedAt;
    }

    DecisionRecord withId(Long id) {
        return new DecisionRecord(id, codeId, versionId, kind, decision, comment, actor, decidedAt);
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

    public DecisionKind getKind() {
        return kind;
    }

    public String getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public String getActor() {
        return actor;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
