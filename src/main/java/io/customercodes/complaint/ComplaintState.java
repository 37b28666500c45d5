package io.customercodes.complaint;

/** Where a complaint stands, as the complainant's status page and the API show it. */
public enum ComplaintState {
    RECEIVED("Received and acknowledged"),
    UNDER_INVESTIGATION("Under investigation"),
    RESPONDED("Answered: waiting for your reply"),
    REFERRED("Referred to dispute resolution"),
    CLOSED("Closed");

    private final String label;

    ComplaintState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
