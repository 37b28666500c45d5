package io.customercodes.implementation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A team's acknowledgement that it was briefed on a version's promises (ISO 10001 clause 7.3). */
@Entity
public class PersonnelBriefing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long versionId;

    @Column(updatable = false)
    private String team;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private BriefingMethod method;

    @Column(updatable = false)
    private String acknowledgedBy;

    @Column(updatable = false)
    private String notes;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    protected PersonnelBriefing() {
    }

    PersonnelBriefing(Long versionId, String team, BriefingMethod method, String acknowledgedBy, String notes,
            String recordedBy, Instant recordedAt) {
        this.versionId = versionId;
        this.team = team;
        this.method = method;
        this.acknowledgedBy = acknowledgedBy;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getVersionId() {
        return versionId;
    }

    public String getTeam() {
        return team;
    }

    public BriefingMethod getMethod() {
        return method;
    }

    public String getAcknowledgedBy() {
        return acknowledgedBy;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
