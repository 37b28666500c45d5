package io.customercodes.version;

public enum ProvisionType {
    RESPONSIBILITY("Responsibility"),
    COMPLAINT_CHANNEL("Complaint channel"),
    REMEDY("Remedy"),
    DISPUTE_RESOLUTION("Dispute resolution body"),
    LIMITATION("Limitation"),
    EXCLUSION("Exclusion");

    private final String label;

    ProvisionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
