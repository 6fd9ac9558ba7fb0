package app.cairn.support.internal.mail;

import app.cairn.messaging.MailSecurity;
import app.cairn.shared.UtcColumns;
import app.cairn.support.SupportMailbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Support mailboxes, with how far each has been read (UID and UIDVALIDITY). */
@Component
public class MailboxStore {

    private static final String COLUMNS = """
            id, address, from_name, imap_host, imap_port, imap_security, username, password, folder, group_id, enabled,
            last_read_at, last_error""";
    private static final RowMapper<SupportMailbox> MAILBOX = (rs, n) -> new SupportMailbox(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getInt(5),
            MailSecurity.valueOf(rs.getString(6)),
            rs.getString(7),
            rs.getString(8),
            rs.getString(9),
            rs.getObject(10, Long.class),
            rs.getBoolean(11),
            UtcColumns.read(rs, 12),
            rs.getString(13));

    private final JdbcClient jdbc;

    public MailboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<SupportMailbox> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_mailbox ORDER BY address")
                .query(MAILBOX)
                .list();
    }

    public Optional<SupportMailbox> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM support_mailbox WHERE id = ?")
                .param(id)
                .query(MAILBOX)
                .optional();
    }

    public long insert(SupportMailbox box, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_mailbox (address, from_name, imap_host, imap_port, imap_security, username, password,
                            folder, group_id, enabled, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        box.address(),
                        box.fromName(),
                        box.host(),
                        box.port(),
                        box.security().name(),
                        box.username(),
                        box.password(),
                        box.folder(),
                        box.groupId(),
                        box.enabled(),
                        UtcColumns.toColumn(at))
                .update(keys);
        return keys.getKey().longValue();
    }

    /** Saves the settings; a null password keeps the stored one. */
    public void update(SupportMailbox box) {
        jdbc.sql("""
                        UPDATE support_mailbox SET address = ?, from_name = ?, imap_host = ?, imap_port = ?, imap_security = ?,
                            username = ?, password = COALESCE(?, password), folder = ?, group_id = ?, enabled = ?
                        WHERE id = ?""")
                .params(
                        box.address(),
                        box.fromName(),
                        box.host(),
                        box.port(),
                        box.security().name(),
                        box.username(),
                        box.password(),
                        box.folder(),
                        box.groupId(),
                        box.enabled(),
                        box.id())
                .update();
    }

    public void delete(long id) {
        jdbc.sql("DELETE FROM support_mailbox WHERE id = ?").param(id).update();
    }

    /** How far the mailbox has been read: the folder's UIDVALIDITY and the last UID taken in. */
    public record Progress(Long uidValidity, long lastUid) {}

    public Progress progress(long id) {
        return jdbc.sql("SELECT uid_validity, last_uid FROM support_mailbox WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Progress(rs.getObject(1, Long.class), rs.getLong(2)))
                .single();
    }

    public void progressed(long id, long uidValidity, long lastUid) {
        jdbc.sql("UPDATE support_mailbox SET uid_validity = ?, last_uid = ? WHERE id = ?")
                .params(uidValidity, lastUid, id)
                .update();
    }

    public void read(long id, Instant at, String error) {
        jdbc.sql("UPDATE support_mailbox SET last_read_at = ?, last_error = ? WHERE id = ?")
                .params(
                        UtcColumns.toColumn(at),
                        error == null ? null : error.substring(0, Math.min(500, error.length())),
                        id)
                .update();
    }
}
