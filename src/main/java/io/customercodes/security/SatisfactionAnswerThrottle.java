package io.customercodes.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down ballot stuffing of the satisfaction question on the public code pages: the one-answer-per-session
 * cookie stops a customer answering twice by mistake, this stops a script that simply drops the cookie. An
 * office behind one address may well answer a dozen times in an hour; hundreds soon wait minutes each.
 */
@Component
class SatisfactionAnswerThrottle extends AddressThrottle {

    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(20, Duration.ofSeconds(30), Duration.ofMinutes(15), 2);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Autowired
    SatisfactionAnswerThrottle() {
        this(Clock.systemUTC());
    }

    SatisfactionAnswerThrottle(Clock clock) {
        super(clock, PER_ADDRESS, FORGET_AFTER, "answers to the satisfaction question");
    }
}
