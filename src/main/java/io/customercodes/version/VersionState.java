package io.customercodes.version;

import java.util.EnumSet;
import java.util.Set;

/** The life of one code version (DESIGN.md). Only a draft may change its content. */
public enum VersionState {
    DRAFT,
    IN_CONSULTATION,
    IN_VERIFICATION,
    AWAITING_APPROVAL,
    PUBLISHED,
    SUPERSEDED,
    REJECTED,
    WITHDRAWN;

    public Set<VersionState> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_CONSULTATION);
            case IN_CONSULTATION -> EnumSet.of(DRAFT, IN_VERIFICATION);
            case IN_VERIFICATION -> EnumSet.of(DRAFT, AWAITING_APPROVAL);
            case AWAITING_APPROVAL -> EnumSet.of(DRAFT, PUBLISHED, REJECTED);
            case PUBLISHED -> EnumSet.of(SUPERSEDED, WITHDRAWN);
            case SUPERSEDED, REJECTED, WITHDRAWN -> EnumSet.noneOf(VersionState.class);
        };
    }

    public boolean canMoveTo(VersionState next) {
        return successors().contains(next);
    }

    public boolean isFinal() {
        return successors().isEmpty();
    }

    /** Versions customers have seen: the one in force and those it replaced or that were withdrawn. */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED || this == WITHDRAWN;
    }

    /** Versions still on their way to publication. */
    public boolean isInDevelopment() {
        return this == DRAFT || this == IN_CONSULTATION || this == IN_VERIFICATION || this == AWAITING_APPROVAL;
    }
}
