package io.customercodes.implementation;

import java.time.Instant;

/** A team's acknowledgement that it was briefed on a version's promises (ISO 10001 clause 7.3). */
public class PersonnelBriefing {

    private final Long id;

    private final Long versionId;

    private final String team;

    private final BriefingMethod method;

    private final String acknowledgedBy;

    private final String notes;

    private final String recordedBy;

    private final Instant recordedAt;

    PersonnelBriefing(Long versionId, String team, BriefingMethod method, String acknowledgedBy, String notes,
            String recordedBy, Instant recordedAt) {
        this(null, versionId, team, method, acknowledgedBy, notes, recordedBy, recordedAt);
    }

    PersonnelBriefing(Long id, Long versionId, String team, BriefingMethod method, String acknowledgedBy,
            String notes, String recordedBy, Instant recordedAt) {
        this.id = id;
        this.versionId = versionId;
        this.team = team;
        this.method = method;
        this.acknowledgedBy = acknowledgedBy;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
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
