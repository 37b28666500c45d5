package io.customercodes.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One decision taken about a code, with who took it and when. Never updated. */
@Entity
public class DecisionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long codeId;

    @Column(updatable = false)
    private Long versionId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private DecisionKind kind;

    @Column(updatable = false)
    private String decision;

    @Column(updatable = false)
    private String comment;

    @Column(updatable = false)
    private String actor;

    @Column(updatable = false)
    private Instant decidedAt;

    protected DecisionRecord() {
    }

    DecisionRecord(Long codeId, Long versionId, DecisionKind kind, String decision, String comment, String actor,
            Instant decidedAt) {
        this.codeId = codeId;
        this.versionId = versionId;
        this.kind = kind;
        this.decision = decision;
        this.comment = comment;
        this.actor = actor;
        this.decidedAt = decidedAt;
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
