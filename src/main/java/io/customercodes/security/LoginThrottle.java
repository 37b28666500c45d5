package io.customercodes.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without letting anyone lock an account: failed logins are counted per client
 * address and per address and user, never per user alone, so a stranger who guesses hank's password delays
 * only his own next guesses while hank, from his own address, signs in as usual. After a few free failures
 * each further one doubles the wait (up to a ceiling); a success clears the count of that address and user,
 * an hour without failures forgets the rest. Attempts running at the same time count against the allowance
 * too, so a burst of parallel guesses gains nothing.
 */
@Component
class LoginThrottle {

    /** One user at one address: a typing mistake costs nothing, a guessing series soon costs minutes. */
    static final ThrottlePolicy PER_USER = new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(15), 8);
    /** One address, all users: room for an office behind one address, none for trying password lists. */
    static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(30, Duration.ofSeconds(1), Duration.ofMinutes(15), 32);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int PURGE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, AttemptCount> failures = new HashMap<>();

    @Autowired
    LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** One login attempt under way; end it once the password has been checked. */
    final class Attempt {

        private final String addressKey;
        private final String userKey;
        private boolean ended;

        private Attempt(String addressKey, String userKey) {
            this.addressKey = addressKey;
            this.userKey = userKey;
        }

        void succeeded() {
            end(true, true);
        }

        void failed() {
            end(true, false);
        }

        /** The password was not checked after all (e.g. the request was refused for another reason). */
        void abandoned() {
            end(false, false);
        }

        private void end(boolean checked, boolean succeeded) {
            synchronized (LoginThrottle.this) {
                if (ended) {
                    return;
                }
                ended = true;
                Instant now = clock.instant();
                AttemptCount byAddress = failures.get(addressKey);
                AttemptCount byUser = failures.get(userKey);
                byAddress.ended();
                byUser.ended();
                if (checked && succeeded) {
                    byUser.clear();
                } else if (checked) {
                    byAddress.record(now);
                    byUser.record(now);
                }
                forgetIfIdle(addressKey, now);
                forgetIfIdle(userKey, now);
            }
        }
    }

    /**
     * Starts a login attempt of the user from the client address.
     *
     * @throws LoginThrottledException if that address, or that user from that address, must wait first
     */
    synchronized Attempt begin(String clientAddress, String user) {
        Instant now = clock.instant();
        if (failures.size() > PURGE_ABOVE) {
            failures.keySet().removeIf(key -> failures.get(key).idle(now));
        }
        String addressKey = "address " + network(clientAddress);
        String userKey = addressKey + " user " + (user == null ? "" : user.toLowerCase(Locale.ROOT));
        AttemptCount byAddress = failures.computeIfAbsent(addressKey, key -> new AttemptCount(FORGET_AFTER));
        AttemptCount byUser = failures.computeIfAbsent(userKey, key -> new AttemptCount(FORGET_AFTER));
        Duration wait = longer(byAddress.wait(now, PER_ADDRESS), byUser.wait(now, PER_USER));
        if (!wait.isZero()) {
            forgetIfIdle(addressKey, now);
            forgetIfIdle(userKey, now);
            throw new LoginThrottledException(wait);
        }
        byAddress.started();
        byUser.started();
        return new Attempt(addressKey, userKey);
    }

    private void forgetIfIdle(String key, Instant now) {
        AttemptCount entry = failures.get(key);
        if (entry != null && entry.idle(now)) {
            failures.remove(key);
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /**
     * IPv6 clients usually hold a whole /64 network and could take a fresh address for every guess, so they
     * are counted by network; IPv4 clients by address.
     */
    static String network(String clientAddress) {
        try {
            InetAddress address = InetAddress.getByName(clientAddress); // an IP literal: no name lookup
            if (address instanceof Inet6Address) {
                byte[] bytes = address.getAddress();
                for (int i = 8; i < bytes.length; i++) {
                    bytes[i] = 0;
                }
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return String.valueOf(clientAddress);
        }
    }
}
