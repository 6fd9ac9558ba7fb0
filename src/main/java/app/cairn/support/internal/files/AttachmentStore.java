package app.cairn.support.internal.files;

import app.cairn.shared.UtcColumns;
import app.cairn.support.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The attachment rows and the raw e-mails of ticket messages. */
@Component
public class AttachmentStore {

    private static final RowMapper<Attachment> ATTACHMENT = (rs, n) -> new Attachment(
            rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6));

    private final JdbcClient jdbc;

    public AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored file's row for download: its attachment and key. */
    public record Stored(Attachment attachment, String fileKey) {}

    public void insert(
            long ticket,
            long message,
            String name,
            String type,
            long size,
            String fileKey,
            String refused,
            Instant at) {
        jdbc.sql("""
                        INSERT INTO ticket_attachment (ticket_id, message_id, file_name, content_type, size, file_key,
                            refused, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(ticket, message, name, type, size, fileKey, refused, UtcColumns.toColumn(at))
                .update();
    }

    public Map<Long, List<Attachment>> ofTicket(long ticket) {
        return jdbc.sql("""
                        SELECT id, message_id, file_name, content_type, size, refused FROM ticket_attachment
                        WHERE ticket_id = ? ORDER BY id""").param(ticket).query(ATTACHMENT).list().stream()
                .collect(Collectors.groupingBy(Attachment::messageId));
    }

    public Optional<Stored> find(long id) {
        return jdbc.sql("""
                        SELECT id, message_id, file_name, content_type, size, refused, file_key FROM ticket_attachment
                        WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Stored(ATTACHMENT.mapRow(rs, n), rs.getString(7)))
                .optional();
    }

    /** The ticket's messages that came as e-mail and are kept as received. */
    public Set<Long> rawMessages(long ticket) {
        return Set.copyOf(jdbc.sql("""
                        SELECT m.id FROM ticket_message m JOIN support_raw_mail r ON r.inbound_id = m.inbound_id
                        WHERE m.ticket_id = ?""").param(ticket).query(Long.class).list());
    }

    /** The raw e-mail of a message: its file key, or the bytes of a row kept before files were. */
    public record Raw(String fileKey, byte[] bytes) {}

    public Optional<Raw> raw(long message) {
        return jdbc.sql("""
                        SELECT r.file_key, r.raw FROM ticket_message m JOIN support_raw_mail r ON r.inbound_id = m.inbound_id
                        WHERE m.id = ?""")
                .param(message)
                .query((rs, n) -> new Raw(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
