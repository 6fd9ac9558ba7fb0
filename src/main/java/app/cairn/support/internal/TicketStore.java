package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketType;
import app.cairn.support.internal.search.TicketIndexFeed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Ticket rows and their tags. Every change raises the row's version. */
@Component
public class TicketStore {

    static final String COLUMNS = """
            t.id, t.subject, t.customer_id, t.channel, t.status, t.priority, t.type, t.group_id, t.assignee_id,
            t.order_number, t.created_at, t.updated_at, t.first_response_at, t.solved_at, t.messages, t.version""";

    private final JdbcClient jdbc;
    private final TicketIndexFeed index;

    public TicketStore(JdbcClient jdbc, TicketIndexFeed index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    /** A new ticket row; answers its number. */
    public long insert(NewRow row) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO ticket (subject, customer_id, channel, status, priority, type, group_id, order_number,
                            created_at, updated_at, last_customer_message_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        row.subject(),
                        row.customerId(),
                        row.channel().name(),
                        TicketStatus.NEW.name(),
                        row.priority().name(),
                        row.type() == null ? null : row.type().name(),
                        row.groupId(),
                        row.orderNumber(),
                        UtcColumns.toColumn(row.at()),
                        UtcColumns.toColumn(row.at()),
                        row.fromCustomer() ? UtcColumns.toColumn(row.at()) : null)
                .update(keys);
        long number = keys.getKey().longValue();
        index.opened(number, row.customerId());
        return number;
    }

    /** What a new ticket row holds. */
    public record NewRow(
            String subject,
            long customerId,
            TicketChannel channel,
            TicketPriority priority,
            TicketType type,
            Long groupId,
            String orderNumber,
            boolean fromCustomer,
            Instant at) {}

    /** The ticket, locked for the rest of the transaction when {@code lock} is set. */
    public Optional<Ticket> find(long number, boolean lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM ticket t WHERE t.id = ?" + (lock ? " FOR UPDATE" : ""))
                .param(number)
                .query((rs, n) -> read(rs, tags(List.of(rs.getLong(1))).getOrDefault(rs.getLong(1), Set.of())))
                .optional();
    }

    /** The mailbox the ticket came in by, if it came by mail. */
    public Optional<Long> mailboxOf(long number) {
        return jdbc.sql("SELECT mailbox_id FROM ticket WHERE id = ?")
                .param(number)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, Long.class)))
                .optional()
                .flatMap(m -> m);
    }

    /** Sets one column (named by the caller, never by input) and raises the version. */
    public void set(long number, String column, Object value, Instant at) {
        jdbc.sql("UPDATE ticket SET " + column + " = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(value, UtcColumns.toColumn(at), number)
                .update();
        index.changed(number);
    }

    /** Counts a new message and keeps when the customer or staff last wrote publicly. */
    public void messageAdded(long number, Instant at, boolean customer, boolean staffReply) {
        jdbc.sql("""
                        UPDATE ticket SET messages = messages + 1, updated_at = ?, version = version + 1,
                            last_customer_message_at = CASE WHEN ? THEN ? ELSE last_customer_message_at END,
                            last_staff_reply_at = CASE WHEN ? THEN ? ELSE last_staff_reply_at END,
                            first_response_at = CASE WHEN ? AND first_response_at IS NULL THEN ? ELSE first_response_at END
                        WHERE id = ?""")
                .params(
                        UtcColumns.toColumn(at),
                        customer,
                        UtcColumns.toColumn(at),
                        staffReply,
                        UtcColumns.toColumn(at),
                        staffReply,
                        UtcColumns.toColumn(at),
                        number)
                .update();
        index.changed(number);
    }

    /** Adds a tag; false when the ticket had it. */
    public boolean addTag(long number, String tag) {
        boolean added = jdbc.sql("INSERT IGNORE INTO ticket_tag (ticket_id, tag) VALUES (?, ?)")
                        .params(number, tag)
                        .update()
                > 0;
        if (added) {
            index.changed(number);
        }
        return added;
    }

    /** Removes a tag; false when the ticket did not have it. */
    public boolean removeTag(long number, String tag) {
        boolean removed = jdbc.sql("DELETE FROM ticket_tag WHERE ticket_id = ? AND tag = ?")
                        .params(number, tag)
                        .update()
                > 0;
        if (removed) {
            index.changed(number);
        }
        return removed;
    }

    /** The tags of these tickets. */
    public Map<Long, Set<String>> tags(Collection<Long> numbers) {
        Map<Long, Set<String>> tags = new HashMap<>();
        if (numbers.isEmpty()) {
            return tags;
        }
        jdbc.sql("SELECT ticket_id, tag FROM ticket_tag WHERE ticket_id IN (:ids) ORDER BY tag")
                .param("ids", numbers)
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                        .add(rs.getString(2)))
                .list();
        return tags;
    }

    static Ticket read(ResultSet rs, Set<String> tags) throws SQLException {
        String type = rs.getString(7);
        return new Ticket(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                TicketChannel.valueOf(rs.getString(4)),
                TicketStatus.valueOf(rs.getString(5)),
                TicketPriority.valueOf(rs.getString(6)),
                type == null ? null : TicketType.valueOf(type),
                (Long) rs.getObject(8, Long.class),
                (Long) rs.getObject(9, Long.class),
                rs.getString(10),
                Set.copyOf(tags),
                UtcColumns.read(rs, 11),
                UtcColumns.read(rs, 12),
                UtcColumns.read(rs, 13),
                UtcColumns.read(rs, 14),
                rs.getInt(15),
                rs.getLong(16));
    }
}
