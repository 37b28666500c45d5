package io.customercodes.review;

public enum ReviewDecision {
    CONTINUE,
    REVISE,
    WITHDRAW
}
