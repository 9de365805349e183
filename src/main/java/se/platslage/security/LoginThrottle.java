package se.platslage.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing by account and by client address, for form login and HTTP Basic alike, with a delay
 * that doubles with every further failure (issue 17: a hard lock let anyone lock any known account for 15
 * minutes). Kept in the database so that every node counts the same attempts.
 *
 * <ul>
 * <li>An account: after {@code maxFailures} wrong passwords, 1 s, 2 s, 4 s ... at most {@link #ACCOUNT_MAX_DELAY}:
 * guessing one account's password stays slow, and a stranger cannot keep its owner out for long.</li>
 * <li>An address: after {@code 4 × maxFailures} failures on any accounts (an office behind one address has many
 * users), the same doubling up to {@code lockMinutes}: trying one password on many accounts is slowed too.</li>
 * </ul>
 * Failures are forgotten {@code lockMinutes} after the first; a right password clears the account's count (not the
 * address's: an attacker's own account must not reset it). During a delay every attempt is refused unchecked,
 * with the same answer as a wrong password or an unknown account.
 */
@Component
class LoginThrottle {

    static final Duration ACCOUNT_MAX_DELAY = Duration.ofMinutes(1);
    static final int ADDRESS_FACTOR = 4;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** What the store says about an attempt: whether it must wait, and whether the account has failures. */
    record State(boolean waiting, boolean accountFailed) {
    }

    State state(String username, String address) {
        Instant now = Instant.now(clock);
        boolean[] state = new boolean[2];
        jdbc.query("select username, locked_until from login_throttle where username in (?, ?)", rs -> {
            Timestamp until = rs.getTimestamp("locked_until");
            state[0] |= until != null && until.toInstant().isAfter(now);
            state[1] |= rs.getString("username").equals(accountKey(username));
        }, accountKey(username), addressKey(address));
        return new State(state[0], state[1]);
    }

    void failed(String username, String address) {
        count(accountKey(username), properties.maxFailures(), ACCOUNT_MAX_DELAY);
        if (address != null) {
            count(addressKey(address), properties.maxFailures() * ADDRESS_FACTOR, Duration.ofMinutes(properties.lockMinutes()));
        }
    }

    void succeeded(String username) {
        jdbc.update("delete from login_throttle where username = ?", accountKey(username));
    }

    private void count(String key, int freeFailures, Duration maxDelay) {
        Instant now = Instant.now(clock);
        Timestamp forgotten = Timestamp.from(now.minus(Duration.ofMinutes(properties.lockMinutes())));
        int updated = jdbc.update("update login_throttle set failures = case when first_failure_at < ? then 1"
                + " else failures + 1 end, first_failure_at = case when first_failure_at < ? then ?"
                + " else first_failure_at end where username = ?", forgotten, forgotten, Timestamp.from(now), key);
        if (updated == 0) {
            try {
                jdbc.update("insert into login_throttle (username, failures, first_failure_at) values (?, 1, ?)",
                        key, Timestamp.from(now));
            } catch (DuplicateKeyException concurrent) {
                jdbc.update("update login_throttle set failures = failures + 1 where username = ?", key);
            }
        }
        int failures = jdbc.queryForObject("select failures from login_throttle where username = ?", Integer.class, key);
        if (failures >= freeFailures) {
            int doublings = Math.min(failures - freeFailures, 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            delay = delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
            jdbc.update("update login_throttle set locked_until = ? where username = ?", Timestamp.from(now.plus(delay)), key);
        }
    }

    private static String accountKey(String username) {
        return key("u:", username);
    }

    private static String addressKey(String address) {
        return key("a:", address);
    }

    private static String key(String prefix, String value) {
        String name = prefix + (value == null ? "" : value.trim().toLowerCase(Locale.ROOT));
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
