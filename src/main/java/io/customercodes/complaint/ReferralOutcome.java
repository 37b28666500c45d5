package io.customercodes.complaint;

/** What the external dispute-resolution body came to (ISO 10003). */
public enum ReferralOutcome {
    SETTLEMENT, RECOMMENDATION_ACCEPTED, RECOMMENDATION_REJECTED, DECISION
}
