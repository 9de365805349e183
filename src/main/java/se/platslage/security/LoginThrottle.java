package se.platslage.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code maxFailures} wrong passwords within the lock period an account
 * is locked for that period, for form login and HTTP Basic alike. Kept in the database so every node
 * counts the same attempts.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** How long the account stays locked; zero when it is not. */
    Duration lockedFor(String username) {
        List<Timestamp> lockedUntil = jdbc.queryForList(
                "select locked_until from login_throttle where username = ?", Timestamp.class, key(username));
        if (lockedUntil.isEmpty() || lockedUntil.get(0) == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(clock), lockedUntil.get(0).toInstant());
        return left.isNegative() ? Duration.ZERO : left;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = key(event.getAuthentication().getName());
        Instant now = Instant.now(clock);
        Duration period = Duration.ofMinutes(properties.lockMinutes());
        int updated = jdbc.update("update login_throttle set failures = case when first_failure_at < ? then 1"
                        + " else failures + 1 end, first_failure_at = case when first_failure_at < ? then ?"
                        + " else first_failure_at end where username = ?",
                Timestamp.from(now.minus(period)), Timestamp.from(now.minus(period)), Timestamp.from(now), username);
        if (updated == 0) {
            jdbc.update("insert into login_throttle (username, failures, first_failure_at) values (?, 1, ?)",
                    username, Timestamp.from(now));
        }
        jdbc.update("update login_throttle set locked_until = ? where username = ? and failures >= ?",
                Timestamp.from(now.plus(period)), username, properties.maxFailures());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        jdbc.update("delete from login_throttle where username = ?", key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
