package io.customercodes.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down a burst of complaints filed on the public form from one client address (or IPv6 network), as
 * {@link LoginThrottle} slows down password guessing: a customer with a few complaints never notices, a
 * script filing hundreds soon waits minutes between filings. Only complaints actually filed count; a form
 * re-shown with errors costs nothing.
 */
@Component
class ComplaintFilingThrottle {

    /** A household or a small office behind one address files a handful in an hour, not dozens. */
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 2);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int PURGE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, AttemptCount> filings = new HashMap<>();

    @Autowired
    ComplaintFilingThrottle() {
        this(Clock.systemUTC());
    }

    ComplaintFilingThrottle(Clock clock) {
        this.clock = clock;
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
            synchronized (ComplaintFilingThrottle.this) {
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
        AttemptCount count = filings.computeIfAbsent(key, k -> new AttemptCount(FORGET_AFTER));
        Duration wait = count.wait(now, PER_ADDRESS);
        if (!wait.isZero()) {
            if (count.idle(now)) {
                filings.remove(key);
            }
            throw new ThrottledException(wait);
        }
        count.started();
        return new Filing(key);
    }

    /** This address must wait before its next filing is even looked at. */
    static final class ThrottledException extends RuntimeException {

        private final Duration retryAfter;

        ThrottledException(Duration retryAfter) {
            super("Too many complaints filed from this address; next one in " + retryAfter.toSeconds() + " s");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
