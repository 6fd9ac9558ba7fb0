package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The inbox's SQL: a view and its filters become one WHERE clause over the ticket table. */
@Component
public class InboxQueries {

    private static final String ACTIVE = "t.status IN ('NEW', 'OPEN', 'PENDING', 'ON_HOLD')";

    /** How soon a clock's due time makes its ticket one that is breaching soon. */
    private static final java.time.Duration SOON = java.time.Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    public InboxQueries(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A ticket row as the inbox reads it, before names are looked up. */
    public record Row(
            long number,
            String subject,
            long customerId,
            TicketStatus status,
            TicketPriority priority,
            TicketChannel channel,
            Long assigneeId,
            Long groupId,
            Instant createdAt,
            Instant updatedAt,
            Intent intent,
            Sentiment sentiment) {}

    /** A page of the tickets the filter selects. */
    public List<Row> page(InboxFilter filter, InboxSort sort, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("""
                        SELECT t.id, t.subject, t.customer_id, t.status, t.priority, t.channel, t.assignee_id, t.group_id,
                               t.created_at, t.updated_at, t.intent, t.sentiment
                        FROM ticket t %s WHERE %s ORDER BY %s LIMIT ? OFFSET ?""".formatted(hint(filter), where, order(sort)))
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        TicketStatus.valueOf(rs.getString(4)),
                        TicketPriority.valueOf(rs.getString(5)),
                        TicketChannel.valueOf(rs.getString(6)),
                        rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class),
                        UtcColumns.read(rs, 9),
                        UtcColumns.read(rs, 10),
                        rs.getString(11) == null ? null : Intent.valueOf(rs.getString(11)),
                        rs.getString(12) == null ? null : Sentiment.valueOf(rs.getString(12))))
                .list();
    }

    /** How many tickets the filter selects. */
    public long count(InboxFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM ticket t WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private String where(InboxFilter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        switch (filter.view()) {
            case MINE -> {
                conditions.add("t.assignee_id = ?");
                params.add(filter.staffId());
                conditions.add(ACTIVE);
            }
            case UNASSIGNED -> {
                conditions.add("t.assignee_id IS NULL");
                conditions.add(ACTIVE);
            }
            case MY_GROUPS -> {
                conditions.add("t.group_id IN (SELECT group_id FROM support_group_member WHERE staff_id = ?)");
                params.add(filter.staffId());
                conditions.add(ACTIVE);
            }
            case BREACHING -> {
                conditions.add(ACTIVE);
                // driven from the clocks that are due (an index range), not from every active ticket
                conditions.add("t.id IN (SELECT s.ticket_id FROM ticket_sla s WHERE s.met_at IS NULL"
                        + " AND s.due_at IS NOT NULL AND s.due_at <= ?)");
                params.add(UtcColumns.toColumn(clock.instant().plus(SOON)));
            }
            case PENDING -> conditions.add("t.status = 'PENDING'");
            case ACTIVE -> conditions.add(ACTIVE);
            case DONE -> conditions.add("t.status IN ('SOLVED', 'CLOSED')");
            case ALL -> conditions.add("TRUE");
        }
        if (filter.status() != null) {
            conditions.add("t.status = ?");
            params.add(filter.status().name());
        }
        if (filter.priority() != null) {
            conditions.add("t.priority = ?");
            params.add(filter.priority().name());
        }
        if (filter.groupId() != null) {
            conditions.add("t.group_id = ?");
            params.add(filter.groupId());
        }
        if (filter.intent() != null) {
            conditions.add("t.intent = ?");
            params.add(filter.intent().name());
        }
        if (filter.sentiment() != null) {
            conditions.add("t.sentiment = ?");
            params.add(filter.sentiment().name());
        }
        if (filter.customerId() != null) {
            conditions.add("t.customer_id = ?");
            params.add(filter.customerId());
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM ticket_tag g WHERE g.ticket_id = t.id AND g.tag = ?)");
            params.add(filter.tag().strip().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(" AND ", conditions);
    }

    /**
     * For the views of active tickets: not the time indexes for the order. Active tickets are few and recent, so
     * walking every ticket by creation time to find 50 of them (the plan a LIMIT tempts the optimizer into) reads
     * nearly the whole table; sorting the few found through the status indexes is quick.
     */
    private static String hint(InboxFilter filter) {
        return switch (filter.view()) {
            case ALL, DONE -> "";
            default -> "IGNORE INDEX FOR ORDER BY (ix_ticket_created, ix_ticket_solved, ix_ticket_first_response)";
        };
    }

    private static String order(InboxSort sort) {
        return switch (sort) {
            case UPDATED -> "t.updated_at DESC, t.id DESC";
            case OLDEST -> "t.created_at, t.id";
            case PRIORITY -> "FIELD(t.priority, 'URGENT', 'HIGH', 'NORMAL', 'LOW'), t.created_at, t.id";
        };
    }
}
