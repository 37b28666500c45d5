package io.customercodes.review;

public enum ReviewDecision {
    CONTINUE("Continue"),
    REVISE("Revise"),
    WITHDRAW("Withdraw");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    /** As the review forms offer it. */
    public String label() {
        return label;
    }
}
