package io.customercodes.review;

/** Why a review started: its date came, or someone asked for it earlier. */
public enum ReviewTrigger {
    SCHEDULED,
    AD_HOC
}
