package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code customer_last_event} (see its migration) equal to the latest event of each type per customer, in
 * the writer's transaction: a new event moves the time forward only, a merge works the kept customer out again.
 */
@Component
class LastEvents {

    private final JdbcTemplate jdbc;

    LastEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the events into account: for each customer and type, the latest of them and of what was kept. */
    void record(List<EventData> events) {
        Map<String, Object[]> latest = new HashMap<>();
        for (EventData event : events) {
            latest.merge(
                    event.customerId() + ":" + event.type(),
                    new Object[] {event.customerId(), event.type().name(), event.occurredAt()},
                    (kept, other) -> ((Instant) kept[2]).isBefore((Instant) other[2]) ? other : kept);
        }
        List<Object[]> rows = new ArrayList<>(latest.size());
        latest.values().forEach(row -> rows.add(new Object[] {row[0], row[1], UtcColumns.toColumn((Instant) row[2])}));
        jdbc.batchUpdate("""
                INSERT INTO customer_last_event (customer_id, type, last_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE last_at = GREATEST(last_at, VALUES(last_at))""", rows);
    }

    /** Works the customers' latest events out again from their events (after a merge moved some). */
    void refresh(Collection<Long> customerIds) {
        for (Long customer : customerIds) {
            jdbc.update("DELETE FROM customer_last_event WHERE customer_id = ?", customer);
            jdbc.update("""
                    INSERT INTO customer_last_event (customer_id, type, last_at)
                    SELECT customer_id, type, MAX(occurred_at) FROM customer_event WHERE customer_id = ?
                    GROUP BY customer_id, type""", customer);
        }
    }
}
