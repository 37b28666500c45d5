package io.customercodes.implementation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How a published version was put into practice (ISO 10001 clause 7); kept apart from the immutable version. */
@Entity
@Table(name = "version_implementation")
public class VersionImplementation {

    @Id
    private Long versionId;

    private Instant complaintsOpenSince;
    private Instant measurementStartedAt;
    private String channels;
    private String accessibilityMeasures;
    private String madeAvailableBy;
    private Instant madeAvailableAt;

    protected VersionImplementation() {
    }

    VersionImplementation(Long versionId) {
        this.versionId = versionId;
    }

    void openComplaints(Instant when) {
        complaintsOpenSince = when;
    }

    void startMeasurement(Instant when) {
        measurementStartedAt = when;
    }

    void madeAvailable(String channels, String accessibilityMeasures, String actor, Instant when) {
        this.channels = channels;
        this.accessibilityMeasures = accessibilityMeasures;
        this.madeAvailableBy = actor;
        this.madeAvailableAt = when;
    }

    public Long getVersionId() {
        return versionId;
    }

    public Instant getComplaintsOpenSince() {
        return complaintsOpenSince;
    }

    public Instant getMeasurementStartedAt() {
        return measurementStartedAt;
    }

    public String getChannels() {
        return channels;
    }

    public String getAccessibilityMeasures() {
        return accessibilityMeasures;
    }

    public String getMadeAvailableBy() {
        return madeAvailableBy;
    }

    public Instant getMadeAvailableAt() {
        return madeAvailableAt;
    }
}
