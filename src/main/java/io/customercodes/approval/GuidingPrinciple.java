package io.customercodes.approval;

/** The guiding principles of ISO 10001 clause 4 that the accuracy check walks a draft against. */
public enum GuidingPrinciple {
    COMMITMENT("Commitment"),
    CAPACITY("Capacity"),
    VISIBILITY("Visibility"),
    ACCESSIBILITY("Accessibility"),
    RESPONSIVENESS("Responsiveness"),
    ACCURACY("Accuracy"),
    ACCOUNTABILITY("Accountability"),
    CONTINUAL_IMPROVEMENT("Continual improvement");

    private final String label;

    GuidingPrinciple(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
