package app.cairn.staff;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per user name (as typed, whether an account has it or not) and source address, and
 * makes a source that keeps failing wait: after {@link SignInProperties#maxFailures()} attempts in a row each
 * further one waits {@link SignInProperties#firstDelay()}, doubling up to {@link SignInProperties#lockout()}.
 *
 * <p>An attempt is counted before its password is checked, in one statement that the database runs one at a time
 * per user name and source, so a burst of parallel attempts gets no more checks than attempts one after another.
 * A success clears its source's count. An account is never locked for everyone: a wrong password typed from one
 * address does not keep its owner out from another. The count lives in the database, so it holds on every node.
 */
@Component
class SignInThrottle {

    /** Counts untouched for this long are forgotten. */
    private static final Duration FORGET_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final SignInProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SignInProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Counts an attempt and says whether its password may be checked now.
     *
     * @return empty when it may; otherwise the moment the source may try again
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> admit(String username, String source) {
        Instant now = clock.instant();
        String name = key(username);
        String from = key(source == null ? "unknown" : source);
        jdbc.sql("""
                        INSERT INTO staff_sign_in_throttle (username, source, attempts, blocked_until, last_attempt_at)
                        VALUES (?, ?, 1, NULL, ?)
                        ON DUPLICATE KEY UPDATE attempts = attempts + 1, last_attempt_at = VALUES(last_attempt_at)""").params(name, from, UtcColumns.toColumn(now)).update();
        record Count(int attempts, Instant blockedUntil) {}
        Count count = jdbc.sql(
                        "SELECT attempts, blocked_until FROM staff_sign_in_throttle WHERE username = ? AND source = ?")
                .params(name, from)
                .query((rs, row) -> new Count(rs.getInt(1), UtcColumns.read(rs, 2)))
                .single();
        if (count.blockedUntil() != null && count.blockedUntil().isAfter(now)) {
            return Optional.of(count.blockedUntil());
        }
        if (count.attempts() >= properties.maxFailures()) {
            jdbc.sql("UPDATE staff_sign_in_throttle SET blocked_until = ? WHERE username = ? AND source = ?")
                    .params(UtcColumns.toColumn(now.plus(properties.delayAfter(count.attempts()))), name, from)
                    .update();
        }
        return Optional.empty();
    }

    /** Clears the source's count for the user name after a successful sign-in, and forgets old counts. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String source) {
        jdbc.sql("DELETE FROM staff_sign_in_throttle WHERE username = ? AND source = ?")
                .params(key(username), key(source == null ? "unknown" : source))
                .update();
        jdbc.sql("DELETE FROM staff_sign_in_throttle WHERE last_attempt_at < ? LIMIT 1000")
                .param(UtcColumns.toColumn(clock.instant().minus(FORGET_AFTER)))
                .update();
    }

    /** Whether some source must wait before trying the user name again (the Users page shows it). */
    boolean isWaiting(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM staff_sign_in_throttle WHERE username = ? AND blocked_until > ?")
                        .params(key(username), UtcColumns.toColumn(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Clears every source's count for the user name (an admin's unlock). */
    void clear(String username) {
        jdbc.sql("DELETE FROM staff_sign_in_throttle WHERE username = ?")
                .param(key(username))
                .update();
    }

    private static String key(String text) {
        String plain = StaffAccountRules.normaliseUsername(text);
        return plain.length() > 64 ? plain.substring(0, 64) : plain;
    }
}
