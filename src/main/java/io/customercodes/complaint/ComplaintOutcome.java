package io.customercodes.complaint;

/** How the organization's own handling ended (ISO 10002 clause 8.8). */
public enum ComplaintOutcome {
    OUT_OF_SCOPE, RESOLVED, CLOSED_WITHOUT_ANSWER, REFERRED
}
