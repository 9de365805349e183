package se.platslage.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and checks personal API tokens: 32 random bytes shown once as "pls_" + hex; stored as SHA-256,
 * which suffices for a random secret of this length (no slow hash needed, unlike a password).
 *
 * <p>A token's last use is written at most once per {@link #LAST_USE_RESOLUTION}: writing it on every
 * request cost a commit per GET (about 40 ms of a small map view, issue 16), and "last used" only has to
 * tell an owner whether a token is still in use. The check reads the stored time, so it holds across
 * restarts and instances without any state in memory.
 */
@Service
public class ApiTokens {

    private static final String PREFIX = "pls_";
    private static final SecureRandom RANDOM = new SecureRandom();
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    public record Issued(ApiToken token, String secret) {
    }

    @Transactional
    public Issued issue(Account account, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + HexFormat.of().formatHex(bytes);
        ApiToken token = tokens.save(new ApiToken(account, name, hash(secret), Instant.now(clock)));
        return new Issued(token, secret);
    }

    /**
     * The account of a valid, unrevoked token. A read-only look-up; the last use is updated (its own short
     * transaction) only when the stored one is older than {@link #LAST_USE_RESOLUTION}.
     */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndRevokedAtIsNull(hash(secret))
                .filter(t -> t.getAccount().isEnabled())
                .map(t -> {
                    Instant now = Instant.now(clock);
                    if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(LAST_USE_RESOLUTION))) {
                        tokens.recordUse(t.getId(), now, now.minus(LAST_USE_RESOLUTION));
                    }
                    return t.getAccount();
                });
    }

    @Transactional
    public void revoke(ApiToken token) {
        token.revoke(Instant.now(clock));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
