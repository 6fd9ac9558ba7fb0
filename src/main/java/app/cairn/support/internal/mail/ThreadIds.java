package app.cairn.support.internal.mail;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Message-IDs of each ticket's e-mail thread: what came in and what Cairn sent. */
@Component
public class ThreadIds {

    private final JdbcClient jdbc;

    public ThreadIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String key, long ticket, boolean outbound, Instant at) {
        jdbc.sql("INSERT IGNORE INTO ticket_mail_id (message_key, ticket_id, outbound, created_at) VALUES (?, ?, ?, ?)")
                .params(key, ticket, outbound, UtcColumns.toColumn(at))
                .update();
    }

    /** The ticket the latest of these Message-IDs belongs to, if any does. */
    public Optional<Long> ticketOf(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT ticket_id FROM ticket_mail_id WHERE message_key IN (:keys)
                        ORDER BY created_at DESC LIMIT 1""").param("keys", keys).query(Long.class).optional();
    }

    /** The thread's Message-IDs, oldest first. */
    public List<String> of(long ticket) {
        return jdbc.sql("SELECT message_key FROM ticket_mail_id WHERE ticket_id = ? ORDER BY created_at, message_key")
                .param(ticket)
                .query(String.class)
                .list();
    }

    /** The latest Message-ID that came in from the customer, if any. */
    public Optional<String> lastInbound(long ticket) {
        return jdbc.sql("""
                        SELECT message_key FROM ticket_mail_id WHERE ticket_id = ? AND NOT outbound
                        ORDER BY created_at DESC LIMIT 1""").param(ticket).query(String.class).optional();
    }
}
