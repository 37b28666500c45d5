package io.customercodes.consultation;

public enum ConsultationPosition {
    SUPPORT("Support"),
    SUPPORT_WITH_CHANGES("Support with changes"),
    OBJECT("Object");

    private final String label;

    ConsultationPosition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
