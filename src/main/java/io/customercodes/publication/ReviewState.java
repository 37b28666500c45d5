package io.customercodes.publication;

import java.time.LocalDate;

/**
 * Where a published code stands with its next review, as the public page says it: a date only while a review
 * is really scheduled for it.
 *
 * @param on the scheduled date, or the day the review or the revision began
 */
public record ReviewState(Kind kind, LocalDate on) {

    public enum Kind {
        /** A review timer is set for {@code on}. */
        SCHEDULED,
        /** A review began on {@code on} and is not decided yet. */
        UNDER_REVIEW,
        /** The review of {@code on} decided to revise the code; the next date is set once the revision is in practice. */
        BEING_REVISED,
        /** The code is not in practice yet (or was withdrawn): no review is scheduled. */
        NOT_SCHEDULED
    }

    public boolean is(String kind) {
        return this.kind.name().equals(kind);
    }
}
