package io.customercodes.approval;

/** The guiding principles of ISO 10001 clause 4 that the accuracy check walks a draft against. */
public enum GuidingPrinciple {
    COMMITMENT,
    CAPACITY,
    VISIBILITY,
    ACCESSIBILITY,
    RESPONSIVENESS,
    ACCURACY,
    ACCOUNTABILITY,
    CONTINUAL_IMPROVEMENT
}
