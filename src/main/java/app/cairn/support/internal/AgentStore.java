package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Agents' support state: who is away, when each last got a ticket, and how many active tickets each has. */
@Component
public class AgentStore {

    private final JdbcClient jdbc;

    public AgentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void away(long staffId, boolean away) {
        jdbc.sql("INSERT INTO support_agent (staff_id, away) VALUES (?, ?) ON DUPLICATE KEY UPDATE away = VALUES(away)")
                .params(staffId, away)
                .update();
    }

    public boolean isAway(long staffId) {
        return jdbc.sql("SELECT away FROM support_agent WHERE staff_id = ?")
                .param(staffId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** Of these agents, those who are away. */
    public Set<Long> away(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("SELECT staff_id FROM support_agent WHERE away AND staff_id IN (:ids)")
                .param("ids", staffIds)
                .query(Long.class)
                .list());
    }

    /** When each of these agents last got a ticket automatically (absent: never). */
    public Map<Long, Instant> lastAssigned(Collection<Long> staffIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (staffIds.isEmpty()) {
            return last;
        }
        jdbc.sql(
                        "SELECT staff_id, last_assigned_at FROM support_agent WHERE staff_id IN (:ids) AND last_assigned_at IS NOT NULL")
                .param("ids", staffIds)
                .query((rs, n) -> last.put(rs.getLong(1), UtcColumns.read(rs, 2)))
                .list();
        return last;
    }

    /** How many active tickets each of these agents has. */
    public Map<Long, Long> activeTickets(Collection<Long> staffIds) {
        if (staffIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        SELECT assignee_id, COUNT(*) FROM ticket
                        WHERE assignee_id IN (:ids) AND status IN ('NEW', 'OPEN', 'PENDING', 'ON_HOLD')
                        GROUP BY assignee_id""")
                .param("ids", staffIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public void assigned(long staffId, Instant at) {
        jdbc.sql("""
                        INSERT INTO support_agent (staff_id, away, last_assigned_at) VALUES (?, FALSE, ?)
                        ON DUPLICATE KEY UPDATE last_assigned_at = VALUES(last_assigned_at)""").params(staffId, UtcColumns.toColumn(at)).update();
    }
}
