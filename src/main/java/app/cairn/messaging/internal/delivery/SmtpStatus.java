package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.SmtpHealth;
import app.cairn.shared.StatusNotice;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps whether the senders reach the SMTP server, for every node to show: written when a sender finds the state
 * changed, and at least every 30 s while it lasts (this node remembers what it wrote last, so a busy sender does not
 * write on every batch, yet corrects what another node wrote).
 */
@Component
public class SmtpStatus implements StatusNotice {

    private static final long REWRITE_EVERY_NANOS =
            java.time.Duration.ofSeconds(30).toNanos();

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Boolean lastWritten;
    private volatile long lastWrittenAt;

    public SmtpStatus(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A sender reached the server. */
    public void reached() {
        write(true, null);
    }

    /** A sender could not reach the server, for this reason. */
    public void unreachable(String detail) {
        write(false, detail);
    }

    public SmtpHealth health() {
        return jdbc.sql("SELECT reachable, detail, since FROM messaging_smtp_status WHERE id = 1")
                .query((rs, row) -> new SmtpHealth(true, rs.getBoolean(1), rs.getString(2), UtcColumns.read(rs, 3)))
                .optional()
                .orElse(new SmtpHealth(false, true, null, null));
    }

    @Override
    public Optional<Notice> current() {
        SmtpHealth health = health();
        return health.known() && !health.reachable()
                ? Optional.of(new Notice("messaging.smtp.banner", String.valueOf(health.detail())))
                : Optional.empty();
    }

    private void write(boolean reachable, String detail) {
        // another node may have written the other state meanwhile: write again now and then even when unchanged here
        long now = System.nanoTime();
        if (Boolean.valueOf(reachable).equals(lastWritten) && now - lastWrittenAt < REWRITE_EVERY_NANOS) {
            return;
        }
        String text = detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail;
        var at = UtcColumns.toColumn(clock.instant());
        jdbc.sql("""
                        INSERT INTO messaging_smtp_status (id, reachable, detail, since) VALUES (1, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE since = IF(reachable = VALUES(reachable), since, VALUES(since)),
                            detail = VALUES(detail), reachable = VALUES(reachable)""").params(reachable, text, at).update();
        lastWritten = reachable;
        lastWrittenAt = now;
    }
}
