package io.customercodes.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The counted attempts of one source (a client address, or an address and a user) and those under way,
 * forgotten after a quiet period. Not thread-safe: the throttle that holds it synchronizes.
 */
final class AttemptCount {

    private final Duration forgetAfter;
    private int count;
    private Instant last;
    private int inFlight;

    AttemptCount(Duration forgetAfter) {
        this.forgetAfter = forgetAfter;
    }

    /** How long this source must wait before its next attempt starts; zero when it may go ahead. */
    Duration wait(Instant now, ThrottlePolicy policy) {
        if (last != null && !now.isBefore(last.plus(forgetAfter))) {
            clear();
        }
        if (last != null) {
            Instant until = last.plus(policy.delayAfter(count));
            if (now.isBefore(until)) {
                return roundedUp(Duration.between(now, until));
            }
        }
        // Attempts under way may all count: once past the free attempts, one at a time.
        int allowedAtOnce = count >= policy.freeAttempts() ? 1 : policy.maxInFlight();
        return inFlight >= allowedAtOnce ? Duration.ofSeconds(1) : Duration.ZERO;
    }

    void started() {
        inFlight++;
    }

    void ended() {
        inFlight--;
    }

    void record(Instant now) {
        count++;
        last = now;
    }

    void clear() {
        count = 0;
        last = null;
    }

    boolean idle(Instant now) {
        return inFlight == 0 && (last == null || !now.isBefore(last.plus(forgetAfter)));
    }

    private static Duration roundedUp(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }
}
