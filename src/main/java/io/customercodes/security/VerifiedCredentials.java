package io.customercodes.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The HTTP Basic credentials the engine accepted a moment ago, with the user's groups, so that an API client's next
 * requests within {@code customer-codes.security.verified-credentials-seconds} (60; 0 checks every request) skip the
 * engine's two identity queries, which cost a sixth of a /api request. Camunda's webapps do the same for a signed-in
 * user (they re-read the user's groups every five minutes). A changed password, a removed user or a changed
 * membership therefore takes effect for HTTP Basic within that time. Only a keyed hash of the password is kept
 * (HMAC-SHA256 under a key drawn at start), never the password; a wrong password is always checked by the engine.
 */
@Component
class VerifiedCredentials {

    private static final int MAX_USERS = 10_000;

    private record Verified(byte[] passwordHash, List<String> groups, Instant until) {
    }

    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Autowired
    VerifiedCredentials(@Value("${customer-codes.security.verified-credentials-seconds:60}") long seconds) {
        this(Duration.ofSeconds(seconds), Clock.systemUTC());
    }

    VerifiedCredentials(Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative()) {
            throw new IllegalArgumentException("customer-codes.security.verified-credentials-seconds must not be"
                    + " negative, was " + timeToLive.toSeconds());
        }
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The user's groups if the engine accepted this very password for the user within the time to live. */
    Optional<List<String>> groupsOf(String user, String password) {
        Verified entry = verified.get(user);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.until())) {
            verified.remove(user, entry);
            return Optional.empty();
        }
        return MessageDigest.isEqual(entry.passwordHash(), hash(password)) ? Optional.of(entry.groups())
                : Optional.empty();
    }

    /** The engine has just accepted the password; the groups are the user's at that moment. */
    void accepted(String user, String password, List<String> groups) {
        if (timeToLive.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (verified.size() >= MAX_USERS) {
            verified.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (verified.size() >= MAX_USERS) {
                verified.clear();
            }
        }
        verified.put(user, new Verified(hash(password), List.copyOf(groups), now.plus(timeToLive)));
    }

    /** The engine refused a password for the user: whatever was accepted before is checked again next time. */
    void refused(String user) {
        verified.remove(user);
    }

    private byte[] hash(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
