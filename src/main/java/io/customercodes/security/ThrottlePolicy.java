package io.customercodes.security;

import java.time.Duration;

/**
 * How many attempts from one source are free, and how long each further one must wait: the first delay,
 * doubled with every attempt up to a ceiling. While past the free attempts, only one may run at a time.
 */
record ThrottlePolicy(int freeAttempts, Duration firstDelay, Duration maxDelay, int maxInFlight) {

    Duration delayAfter(int attempts) {
        if (attempts <= freeAttempts) {
            return Duration.ZERO;
        }
        int doublings = Math.min(attempts - freeAttempts - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
