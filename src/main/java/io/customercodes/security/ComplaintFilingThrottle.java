package io.customercodes.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down a burst of complaints filed on the public form from one client address (or IPv6 network), as
 * {@link LoginThrottle} slows down password guessing: a customer with a few complaints never notices, a
 * script filing hundreds soon waits minutes between filings. Only complaints actually filed count; a form
 * re-shown with errors costs nothing.
 */
@Component
class ComplaintFilingThrottle extends AddressThrottle {

    /** A household or a small office behind one address files a handful in an hour, not dozens. */
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15), 2);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Autowired
    ComplaintFilingThrottle() {
        this(Clock.systemUTC());
    }

    ComplaintFilingThrottle(Clock clock) {
        super(clock, PER_ADDRESS, FORGET_AFTER, "complaints filed");
    }
}
