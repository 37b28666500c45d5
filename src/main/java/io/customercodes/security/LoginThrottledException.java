package io.customercodes.security;

import java.time.Duration;
import org.springframework.security.authentication.AccountStatusException;

/** Too many failed logins from this client: it must wait before the next attempt is even checked. */
class LoginThrottledException extends AccountStatusException {

    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins from your address. Try again in " + retryAfter.toSeconds() + " seconds.");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
