package app.cairn.support;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else has a ticket open, across every node: an open ticket page says it is there every few seconds, and asks
 * who else is. Someone not heard from for {@link #GONE_AFTER} has left (a closed tab says nothing).
 */
@Service
public class TicketPresence {

    /** How long after its last word a page counts as closed. */
    public static final Duration GONE_AFTER = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Clock clock;

    TicketPresence(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Notes that the staff member has the ticket open, and answers who else has it open now (by name, sorted).
     */
    @Transactional
    public List<String> here(long number, Actor viewer) {
        Instant now = clock.instant();
        jdbc.sql("""
                        INSERT INTO ticket_viewer (ticket_id, staff_id, name, seen_at) VALUES (?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE seen_at = VALUES(seen_at), name = VALUES(name)""")
                .params(number, viewer.staffId(), viewer.name(), UtcColumns.toColumn(now))
                .update();
        return jdbc.sql("""
                        SELECT name FROM ticket_viewer WHERE ticket_id = ? AND staff_id <> ? AND seen_at > ?
                        ORDER BY name""")
                .params(number, viewer.staffId(), UtcColumns.toColumn(now.minus(GONE_AFTER)))
                .query(String.class)
                .list();
    }

    /** Notes that the staff member closed the ticket. */
    @Transactional
    public void left(long number, Actor viewer) {
        jdbc.sql("DELETE FROM ticket_viewer WHERE ticket_id = ? AND staff_id = ?")
                .params(number, viewer.staffId())
                .update();
    }
}
