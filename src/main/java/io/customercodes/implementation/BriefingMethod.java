package io.customercodes.implementation;

public enum BriefingMethod {
    TRAINING,
    WRITTEN,
    MEETING,
    E_LEARNING
}
