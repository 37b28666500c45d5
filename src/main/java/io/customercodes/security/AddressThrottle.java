package io.customercodes.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down a burst of public form submissions from one client address (or IPv6 network), as
 * {@link LoginThrottle} slows down password guessing. Only submissions that were accepted count; a form
 * re-shown with errors costs nothing.
 */
abstract class AddressThrottle {

    private static final int PURGE_ABOVE = 10_000;

    private final Clock clock;
    private final ThrottlePolicy policy;
    private final Duration forgetAfter;
    private final String what;
    private final Map<String, AttemptCount> filings = new HashMap<>();

    AddressThrottle(Clock clock, ThrottlePolicy policy, Duration forgetAfter, String what) {
        this.clock = clock;
        this.policy = policy;
        this.forgetAfter = forgetAfter;
        this.what = what;
    }

    /** One filing under way; end it once the form has been answered. */
    final class Filing {

        private final String key;
        private boolean ended;

        private Filing(String key) {
            this.key = key;
        }

        void filed() {
            end(true);
        }

        /** Nothing was filed (the form was re-shown with errors, or refused). */
        void abandoned() {
            end(false);
        }

        private void end(boolean filed) {
            synchronized (AddressThrottle.this) {
                if (ended) {
                    return;
                }
                ended = true;
                Instant now = clock.instant();
                AttemptCount count = filings.get(key);
                count.ended();
                if (filed) {
                    count.record(now);
                }
                if (count.idle(now)) {
                    filings.remove(key);
                }
            }
        }
    }

    /**
     * Starts a filing from the client address.
     *
     * @throws ThrottledException if that address must wait first
     */
    synchronized Filing begin(String clientAddress) {
        Instant now = clock.instant();
        if (filings.size() > PURGE_ABOVE) {
            filings.values().removeIf(count -> count.idle(now));
        }
        String key = LoginThrottle.network(clientAddress);
        AttemptCount count = filings.computeIfAbsent(key, k -> new AttemptCount(forgetAfter));
        Duration wait = count.wait(now, policy);
        if (!wait.isZero()) {
            if (count.idle(now)) {
                filings.remove(key);
            }
            throw new ThrottledException(wait, what);
        }
        count.started();
        return new Filing(key);
    }

    /** This address must wait before its next filing is even looked at. */
    static final class ThrottledException extends RuntimeException {

        private final Duration retryAfter;

        ThrottledException(Duration retryAfter, String what) {
            super("Too many " + what + " from this address; next one in " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
