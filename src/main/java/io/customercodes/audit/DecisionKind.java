package io.customercodes.audit;

public enum DecisionKind {
    CODE_CREATED,
    CONSULTATION_OUTCOME,
    ACCURACY,
    APPROVAL,
    PUBLICATION,
    REVIEW_RECOMMENDATION,
    REVIEW,
    WITHDRAWAL,
    AD_HOC_REVIEW_REQUESTED
}
