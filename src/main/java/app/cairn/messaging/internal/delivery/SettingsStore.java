package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.BounceMailbox;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SmtpSettings;
import app.cairn.shared.UtcColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.LocalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of e-mail settings; made from the environment's defaults the first time it is read. */
@Component
public class SettingsStore {

    private static final String COLUMNS = """
            SELECT smtp_host, smtp_port, smtp_security, smtp_username, smtp_password, rate_per_second,
                   cap_messages, cap_days, quiet_start, quiet_end, default_time_zone,
                   imap_host, imap_port, imap_security, imap_username, imap_password, imap_folder, version
            FROM email_settings WHERE id = 1""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MessagingProperties.DefaultSmtp defaults;

    public SettingsStore(JdbcClient jdbc, Clock clock, MessagingProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaults = properties.smtp();
    }

    /** All settings as stored, with the version that changes on every save. */
    public Stored current() {
        return jdbc.sql(COLUMNS).query(SettingsStore::read).optional().orElseGet(() -> {
            jdbc.sql("""
                            INSERT IGNORE INTO email_settings (id, smtp_host, smtp_port, smtp_security, smtp_username,
                                smtp_password, rate_per_second, cap_messages, cap_days, default_time_zone, updated_at)
                            VALUES (1, ?, ?, ?, ?, ?, 0, 0, 7, 'UTC', ?)""")
                    .params(
                            defaults.host(),
                            defaults.port(),
                            defaults.security().name(),
                            blankToNull(defaults.username()),
                            blankToNull(defaults.password()),
                            UtcColumns.toColumn(clock.instant()))
                    .update();
            return jdbc.sql(COLUMNS).query(SettingsStore::read).single();
        });
    }

    public void saveSmtp(SmtpSettings smtp, String by) {
        current();
        jdbc.sql("""
                        UPDATE email_settings SET smtp_host = ?, smtp_port = ?, smtp_security = ?, smtp_username = ?,
                            smtp_password = COALESCE(?, smtp_password), rate_per_second = ?, updated_at = ?,
                            updated_by = ?, version = version + 1
                        WHERE id = 1""")
                .params(
                        smtp.host(),
                        smtp.port(),
                        smtp.security().name(),
                        blankToNull(smtp.username()),
                        blankToNull(smtp.password()),
                        smtp.ratePerSecond(),
                        UtcColumns.toColumn(clock.instant()),
                        by)
                .update();
    }

    public void saveRules(SendingRules rules, String by) {
        current();
        jdbc.sql("""
                        UPDATE email_settings SET cap_messages = ?, cap_days = ?, quiet_start = ?, quiet_end = ?,
                            default_time_zone = ?, updated_at = ?, updated_by = ?, version = version + 1
                        WHERE id = 1""")
                .params(
                        rules.capMessages(),
                        rules.capDays(),
                        rules.quietStart() == null ? null : Time.valueOf(rules.quietStart()),
                        rules.quietEnd() == null ? null : Time.valueOf(rules.quietEnd()),
                        rules.defaultTimeZone(),
                        UtcColumns.toColumn(clock.instant()),
                        by)
                .update();
    }

    public void saveBounceMailbox(BounceMailbox box, String by) {
        current();
        jdbc.sql("""
                        UPDATE email_settings SET imap_host = ?, imap_port = ?, imap_security = ?, imap_username = ?,
                            imap_password = COALESCE(?, imap_password), imap_folder = ?, updated_at = ?,
                            updated_by = ?, version = version + 1
                        WHERE id = 1""")
                .params(
                        blankToNull(box.host()),
                        box.port(),
                        box.security().name(),
                        blankToNull(box.username()),
                        blankToNull(box.password()),
                        blankToNull(box.folder()),
                        UtcColumns.toColumn(clock.instant()),
                        by)
                .update();
    }

    private static Stored read(ResultSet rs, int row) throws SQLException {
        SmtpSettings smtp = new SmtpSettings(
                rs.getString(1),
                rs.getInt(2),
                MailSecurity.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6));
        SendingRules rules = new SendingRules(
                rs.getInt(7), rs.getInt(8), time(rs.getTime(9)), time(rs.getTime(10)), rs.getString(11));
        BounceMailbox box = new BounceMailbox(
                rs.getString(12),
                rs.getInt(13),
                rs.getString(14) == null ? MailSecurity.TLS : MailSecurity.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17) == null ? "INBOX" : rs.getString(17));
        return new Stored(smtp, rules, box, rs.getLong(18));
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The settings and their version. */
    public record Stored(SmtpSettings smtp, SendingRules rules, BounceMailbox bounces, long version) {}
}
