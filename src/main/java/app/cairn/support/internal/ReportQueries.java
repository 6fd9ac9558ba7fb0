package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.SupportFigures;
import app.cairn.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The support report's SQL: each figure one grouped query over indexed time ranges, so the report costs the same at
 * a million tickets as at a thousand (per-day counts are read per UTC hour and put on the days of the report's zone).
 */
@Component
public class ReportQueries {

    /** What a row of the per-agent or per-group tables is grouped by. */
    public enum By {
        ASSIGNEE("t.assignee_id"),
        GROUP("t.group_id"),
        /** Everything in one row (its key is null). */
        ALL("NULL");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    public ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<TicketStatus, Long> openByStatus() {
        Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
        jdbc.sql("""
                        SELECT status, COUNT(*) FROM ticket WHERE status IN ('NEW', 'OPEN', 'PENDING', 'ON_HOLD')
                        GROUP BY status""")
                .query((rs, n) -> counts.put(TicketStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return counts;
    }

    /** The staff members with a ticket, clock or answer in the range: those the report names. */
    public List<Long> assignees(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT DISTINCT assignee_id FROM ticket
                        WHERE assignee_id IS NOT NULL AND ((solved_at >= :from AND solved_at < :to)
                            OR (first_response_at >= :from AND first_response_at < :to))
                        UNION SELECT DISTINCT t.assignee_id FROM ticket_sla s JOIN ticket t ON t.id = s.ticket_id
                        WHERE t.assignee_id IS NOT NULL AND ((s.met_at >= :from AND s.met_at < :to)
                            OR (s.breached_at >= :from AND s.breached_at < :to))
                        UNION SELECT DISTINCT assignee_id FROM ticket_csat
                        WHERE assignee_id IS NOT NULL AND answered_at >= :from AND answered_at < :to""")
                .param("from", UtcColumns.toColumn(from))
                .param("to", UtcColumns.toColumn(to))
                .query(Long.class)
                .list();
    }

    /** Tickets with a time column in the range. */
    public long count(String column, Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM ticket WHERE " + column + " >= ? AND " + column + " < ?")
                .params(UtcColumns.toColumn(from), UtcColumns.toColumn(to))
                .query(Long.class)
                .single();
    }

    /** Per key (assignee or group id, null for none): solved, first response and resolution averages. */
    public record Times(Long key, long solved, Duration firstResponse, Duration resolution) {}

    public List<Times> times(By by, Instant from, Instant to) {
        return jdbc.sql("SELECT " + by.column + """
                        ,
                            SUM(t.solved_at >= :from AND t.solved_at < :to),
                            AVG(CASE WHEN t.first_response_at >= :from AND t.first_response_at < :to
                                THEN TIMESTAMPDIFF(SECOND, t.created_at, t.first_response_at) END),
                            AVG(CASE WHEN t.solved_at >= :from AND t.solved_at < :to
                                THEN TIMESTAMPDIFF(SECOND, t.created_at, t.solved_at) END)
                        FROM ticket t
                        WHERE (t.solved_at >= :from AND t.solved_at < :to)
                            OR (t.first_response_at >= :from AND t.first_response_at < :to)
                        GROUP BY 1""")
                .param("from", UtcColumns.toColumn(from))
                .param("to", UtcColumns.toColumn(to))
                .query((rs, n) -> new Times(
                        rs.getObject(1, Long.class), rs.getLong(2), seconds(rs.getObject(3)), seconds(rs.getObject(4))))
                .list();
    }

    /** Per key: SLA promises met and broken in the range. */
    public Map<Long, SupportFigures.Sla> sla(By by, Instant from, Instant to) {
        Map<Long, SupportFigures.Sla> sla = new java.util.HashMap<>();
        jdbc.sql("SELECT " + by.column + """
                        ,
                            SUM(s.met_at >= :from AND s.met_at < :to AND s.breached_at IS NULL),
                            SUM(s.breached_at >= :from AND s.breached_at < :to)
                        FROM ticket_sla s JOIN ticket t ON t.id = s.ticket_id
                        WHERE (s.met_at >= :from AND s.met_at < :to) OR (s.breached_at >= :from AND s.breached_at < :to)
                        GROUP BY 1""")
                .param("from", UtcColumns.toColumn(from))
                .param("to", UtcColumns.toColumn(to))
                .query((rs, n) ->
                        sla.put(rs.getObject(1, Long.class), new SupportFigures.Sla(rs.getLong(2), rs.getLong(3))))
                .list();
        return sla;
    }

    /** Per key: survey answers in the range. */
    public Map<Long, SupportFigures.Satisfaction> csat(By by, Instant from, Instant to) {
        Map<Long, SupportFigures.Satisfaction> csat = new java.util.HashMap<>();
        String key = by == By.ASSIGNEE ? "c.assignee_id" : by.column;
        jdbc.sql("SELECT " + key + """
                        , COUNT(*), AVG(c.rating)
                        FROM ticket_csat c JOIN ticket t ON t.id = c.ticket_id
                        WHERE c.answered_at >= ? AND c.answered_at < ?
                        GROUP BY 1""")
                .params(UtcColumns.toColumn(from), UtcColumns.toColumn(to))
                .query((rs, n) -> csat.put(
                        rs.getObject(1, Long.class), new SupportFigures.Satisfaction(rs.getLong(2), rs.getDouble(3))))
                .list();
        return csat;
    }

    /** Tickets per day of the zone with a time column in the range. */
    public List<SupportFigures.DayCount> perDay(String column, Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Long> days = new TreeMap<>();
        for (LocalDate day = from.atZone(zone).toLocalDate();
                day.isBefore(to.atZone(zone).toLocalDate().plusDays(1));
                day = day.plusDays(1)) {
            days.put(day, 0L);
        }
        jdbc.sql("SELECT DATE_FORMAT(" + column + ", '%Y-%m-%dT%H:00'), COUNT(*) FROM ticket WHERE " + column
                        + " >= ? AND " + column + " < ? GROUP BY 1")
                .params(UtcColumns.toColumn(from), UtcColumns.toColumn(to))
                .query((rs, n) -> {
                    LocalDate day = LocalDateTime.parse(rs.getString(1))
                            .toInstant(ZoneOffset.UTC)
                            .atZone(zone)
                            .toLocalDate();
                    return days.merge(day, rs.getLong(2), Long::sum);
                })
                .list();
        return days.entrySet().stream()
                .map(e -> new SupportFigures.DayCount(e.getKey(), e.getValue()))
                .collect(Collectors.toList());
    }

    private static Duration seconds(Object value) {
        return value == null ? null : Duration.ofSeconds(Math.round(((Number) value).doubleValue()));
    }
}
