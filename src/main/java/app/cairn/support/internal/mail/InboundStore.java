package app.cairn.support.internal.mail;

import app.cairn.shared.UtcColumns;
import app.cairn.support.internal.files.SupportFiles;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Every message taken in from a mailbox, once, with the raw message kept apart. */
@Component
public class InboundStore {

    /** What became of a message. */
    public enum Outcome {
        NEW_TICKET,
        REPLY,
        IGNORED,
        UNREADABLE
    }

    private final JdbcClient jdbc;
    private final SupportFiles files;

    public InboundStore(JdbcClient jdbc, SupportFiles files) {
        this.files = files;
        this.jdbc = jdbc;
    }

    /** Whether a message with this key was taken in before. */
    public boolean seen(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM support_inbound_mail WHERE message_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the message and keeps it as it came; answers its id. */
    public long insert(
            long mailbox,
            String key,
            String from,
            String subject,
            Outcome outcome,
            String reason,
            Instant at,
            byte[] raw) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO support_inbound_mail (mailbox_id, message_key, from_address, subject, outcome, reason,
                            received_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        mailbox,
                        key,
                        cut(from, 254),
                        cut(subject, 500),
                        outcome.name(),
                        cut(reason, 255),
                        UtcColumns.toColumn(at))
                .update(keys);
        long id = keys.getKey().longValue();
        jdbc.sql("INSERT INTO support_raw_mail (inbound_id, file_key) VALUES (?, ?)")
                .params(id, files.put(raw))
                .update();
        return id;
    }

    /** Links the message to the ticket it opened or joined. */
    public void ticket(long inbound, long ticket) {
        jdbc.sql("UPDATE support_inbound_mail SET ticket_id = ? WHERE id = ?")
                .params(ticket, inbound)
                .update();
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }
}
