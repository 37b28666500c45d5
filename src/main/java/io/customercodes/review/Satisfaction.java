package io.customercodes.review;

/** How satisfied customers or interested parties are with the code itself (ISO 10001 clause 8.3). */
public enum Satisfaction {
    VERY_SATISFIED,
    SATISFIED,
    NEUTRAL,
    DISSATISFIED,
    VERY_DISSATISFIED,
    NOT_MEASURED
}
