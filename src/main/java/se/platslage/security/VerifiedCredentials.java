package se.platslage.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Credentials this process verified with Argon2 in the last {@link #KEEP}, so that an HTTP Basic client (QGIS,
 * GDAL, scripts: they send the password with every request) pays for Argon2 once, not per request (issue 16).
 *
 * <p>IMPLEMENTATION NOTE: an entry is keyed by an HMAC-SHA256 of user name and password under a random key made
 * at start-up, never the password itself, so a heap dump holds no password and no hash that could be attacked
 * offline. It remembers the account's password hash at the time; {@link LocalAuthentication} accepts it only while
 * that is still the account's hash (a password change on any node ends it), the account is enabled and not
 * throttled, so those checks stay in the database and hold on every node. {@link #forget} drops a user's entries
 * at once on this node.
 */
@Component
class VerifiedCredentials {

    static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String username, String passwordHash, Instant until) {
    }

    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    VerifiedCredentials(Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.clock = clock;
    }

    /** Whether these credentials were verified against {@code passwordHash} recently. */
    boolean knows(String username, String password, String passwordHash) {
        Entry e = entries.get(digest(username, password));
        return e != null && e.passwordHash().equals(passwordHash) && Instant.now(clock).isBefore(e.until());
    }

    void remember(String username, String password, String passwordHash) {
        if (entries.size() >= MAX_ENTRIES) {
            Instant now = Instant.now(clock);
            entries.values().removeIf(e -> !now.isBefore(e.until()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(digest(username, password), new Entry(username.toLowerCase(Locale.ROOT), passwordHash,
                Instant.now(clock).plus(KEEP)));
    }

    /** Drops the user's entries: password changed, account disabled or throttled. */
    void forget(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        entries.values().removeIf(e -> e.username().equals(name));
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
