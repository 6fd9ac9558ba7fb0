package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketMessage;
import app.cairn.support.internal.search.TicketIndexFeed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The messages of tickets' conversations. */
@Component
public class MessageStore {

    private static final String COLUMNS = """
            id, ticket_id, kind, author_type, author_staff_id, channel, body_text, body_html, shown_text, created_at""";
    private static final RowMapper<TicketMessage> MESSAGE = (rs, n) -> new TicketMessage(
            rs.getLong(1),
            rs.getLong(2),
            MessageKind.valueOf(rs.getString(3)),
            AuthorType.valueOf(rs.getString(4)),
            rs.getObject(5, Long.class),
            TicketChannel.valueOf(rs.getString(6)),
            rs.getString(7),
            rs.getString(8),
            rs.getString(9),
            UtcColumns.read(rs, 10));

    private final JdbcClient jdbc;
    private final TicketIndexFeed index;

    public MessageStore(JdbcClient jdbc, TicketIndexFeed index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** Keeps a message; answers its id. */
    public long insert(
            long ticket,
            MessageKind kind,
            AuthorType author,
            Long staffId,
            TicketChannel channel,
            String text,
            String html,
            String shownText,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ticket_message (ticket_id, kind, author_type, author_staff_id, channel, body_text,
                            body_html, shown_text, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        ticket,
                        kind.name(),
                        author.name(),
                        staffId,
                        channel.name(),
                        text,
                        html,
                        shownText,
                        UtcColumns.toColumn(at))
                .update(keys);
        index.changed(ticket);
        return keys.getKey().longValue();
    }

    /** A ticket's messages, oldest first, from {@code offset}. */
    public List<TicketMessage> of(long ticket, int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_message WHERE ticket_id = ? ORDER BY id LIMIT ? OFFSET ?")
                .params(ticket, limit, offset)
                .query(MESSAGE)
                .list();
    }

    /** Marks a message as having come by mail: the text to show without quotes, and the raw message's id. */
    public void fromMail(long id, String shownText, long inbound) {
        jdbc.sql("UPDATE ticket_message SET shown_text = ?, inbound_id = ? WHERE id = ?")
                .params(shownText, inbound, id)
                .update();
        index.messageChanged(id);
    }

    /** Marks the ticket's first message as having come by mail (see {@link #fromMail}). */
    public void firstFromMail(long ticket, String shownText, long inbound) {
        jdbc.sql("UPDATE ticket_message SET shown_text = ?, inbound_id = ? WHERE ticket_id = ? ORDER BY id LIMIT 1")
                .params(shownText, inbound, ticket)
                .update();
        index.changed(ticket);
    }

    /** One message. */
    public Optional<TicketMessage> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket_message WHERE id = ?")
                .param(id)
                .query(MESSAGE)
                .optional();
    }
}
