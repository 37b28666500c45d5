package io.customercodes.approval;

/** Something a draft lacks for one guiding principle, found in its data rather than in its wording. */
public record AccuracyGap(GuidingPrinciple principle, String lacking) {

    @Override
    public String toString() {
        return principle.label() + ": " + lacking;
    }
}
