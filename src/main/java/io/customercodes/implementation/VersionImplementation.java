package io.customercodes.implementation;

import java.time.Instant;

/** How a published version was put into practice (ISO 10001 clause 7); kept apart from the immutable version. */
public class VersionImplementation {

    private final Long versionId;

    private Instant complaintsOpenSince;
    private Instant measurementStartedAt;
    private String channels;
    private String accessibilityMeasures;
    private String madeAvailableBy;
    private Instant madeAvailableAt;

    VersionImplementation(Long versionId) {
        this.versionId = versionId;
    }

    VersionImplementation(Long versionId, Instant complaintsOpenSince, Instant measurementStartedAt, String channels,
            String accessibilityMeasures, String madeAvailableBy, Instant madeAvailableAt) {
        this.versionId = versionId;
        this.complaintsOpenSince = complaintsOpenSince;
        this.measurementStartedAt = measurementStartedAt;
        this.channels = channels;
        this.accessibilityMeasures = accessibilityMeasures;
        this.madeAvailableBy = madeAvailableBy;
        this.madeAvailableAt = madeAvailableAt;
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
