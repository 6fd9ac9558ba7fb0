package app.cairn.journey.internal.engine;

import app.cairn.journey.JourneySettings;
import app.cairn.journey.internal.entries.JourneyTriggers;
import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.BulkInsert;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enrolments in the database: entering customers (with the journey's re-entry rule), claiming the due ones and
 * writing back where the engine moved them. Every method works in the caller's transaction.
 */
@Component
public class Enrolments {

    private static final List<String> ENTRANT_COLUMNS =
            List.of("journey_id", "customer_id", "entries", "last_entered_at", "active", "batch", "seen_segment_entry");
    private static final List<String> ENROLMENT_COLUMNS = List.of(
            "journey_id",
            "version_id",
            "customer_id",
            "node_id",
            "visit",
            "node_entered_at",
            "due_at",
            "entered_at",
            "urgent_at");
    private static final List<String> STEP_COLUMNS =
            List.of("enrolment_id", "visit", "node_id", "arrived_at", "left_at", "output", "note");
    private static final String CLAIMED = """
            SELECT id, customer_id, version_id, node_id, visit, node_entered_at, deadline, waiting_for, happened_at,
                   goal_node, goal_revenue, converted_at
            FROM journey_enrolment""";

    private static final DateTimeFormatter JSON_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final BulkInsert bulk;
    private final JsonMapper json;

    public Enrolments(JdbcClient jdbc, JdbcTemplate template, BulkInsert bulk, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.bulk = bulk;
        this.json = json;
    }

    /**
     * Enrols those of the customers the re-entry rule lets in, at the live version's entry, due now.
     *
     * @param segmentEntries for a segment entry, when each customer's membership began: an entry already handled
     *     (by the event or by reading the segment) is not handled again
     * @param urgent whether the entry goes in the engine's fast lane (see {@link #claimUrgent})
     * @return the customers enrolled
     */
    public Set<Long> enrol(
            JourneyPlan plan,
            Collection<Long> customerIds,
            Map<Long, Instant> segmentEntries,
            Instant now,
            JourneySettings.Reentry reentry,
            boolean urgent) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        long journeyId = plan.journeyId();
        long batch = ThreadLocalRandom.current().nextLong();
        List<Object[]> entrants = new ArrayList<>(customerIds.size());
        for (long customer : customerIds) {
            entrants.add(new Object[] {journeyId, customer, 1, now, true, batch, segmentEntries.get(customer)});
        }
        bulk.insertNew("journey_entrant", ENTRANT_COLUMNS, entrants);
        reenter(plan, customerIds, segmentEntries, batch, now, reentry);
        Set<Long> enrolled = new HashSet<>(jdbc.sql("""
                        SELECT customer_id FROM journey_entrant
                        WHERE journey_id = :journey AND batch = :batch AND customer_id IN (:ids)""")
                .param("journey", journeyId)
                .param("batch", batch)
                .param("ids", customerIds)
                .query(Long.class)
                .list());
        if (enrolled.isEmpty()) {
            return enrolled;
        }
        String entry = plan.entry().id();
        List<Object[]> rows = new ArrayList<>(enrolled.size());
        for (long customer : enrolled) {
            rows.add(
                    new Object[] {journeyId, plan.versionId(), customer, entry, 0, now, now, now, urgent ? now : null});
        }
        bulk.insert("journey_enrolment", ENROLMENT_COLUMNS, rows);
        count(
                Map.of(new StatKey(journeyId, plan.versionId(), entry, "entered"), new long[] {enrolled.size()}),
                Map.of());
        return enrolled;
    }

    /**
     * Lets in again the customers who were in the journey before, as the re-entry rule allows, and marks their
     * segment entries handled whether or not they get in. Each update is guarded by what was read, so a customer
     * entered meanwhile by another transaction is not entered twice.
     */
    private void reenter(
            JourneyPlan plan,
            Collection<Long> customerIds,
            Map<Long, Instant> segmentEntries,
            long batch,
            Instant now,
            JourneySettings.Reentry reentry) {
        record Former(long customer, boolean active, Instant lastEntered, Instant seen) {}
        List<Former> former = jdbc.sql("""
                        SELECT customer_id, active, last_entered_at, seen_segment_entry FROM journey_entrant
                        WHERE journey_id = :journey AND batch <> :batch AND customer_id IN (:ids)""")
                .param("journey", plan.journeyId())
                .param("batch", batch)
                .param("ids", customerIds)
                .query((rs, row) ->
                        new Former(rs.getLong(1), rs.getBoolean(2), UtcColumns.read(rs, 3), UtcColumns.read(rs, 4)))
                .list();
        JourneySettings settings = plan.settings();
        List<Object[]> entries = new ArrayList<>();
        List<Object[]> seen = new ArrayList<>();
        for (Former f : former) {
            Instant segmentEntry = segmentEntries.get(f.customer());
            if (segmentEntry != null && f.seen() != null && !f.seen().isBefore(segmentEntry)) {
                continue;
            }
            boolean mayEnter = !f.active()
                    && switch (reentry) {
                        case NEVER -> false;
                        case ALWAYS -> true;
                        case AFTER_DAYS ->
                            !f.lastEntered()
                                    .plus(java.time.Duration.ofDays(settings.reentryDays()))
                                    .isAfter(now);
                    };
            if (mayEnter) {
                entries.add(new Object[] {
                    UtcColumns.toColumn(now),
                    batch,
                    UtcColumns.toColumn(segmentEntry == null ? f.seen() : segmentEntry),
                    plan.journeyId(),
                    f.customer(),
                    UtcColumns.toColumn(f.lastEntered())
                });
            } else if (segmentEntry != null) {
                seen.add(new Object[] {UtcColumns.toColumn(segmentEntry), plan.journeyId(), f.customer()});
            }
        }
        if (!entries.isEmpty()) {
            template.batchUpdate("""
                    UPDATE journey_entrant
                    SET entries = entries + 1, last_entered_at = ?, active = TRUE, batch = ?, seen_segment_entry = ?
                    WHERE journey_id = ? AND customer_id = ? AND NOT active AND last_entered_at = ?""", entries);
        }
        if (!seen.isEmpty()) {
            template.batchUpdate(
                    """
                    UPDATE journey_entrant SET seen_segment_entry = GREATEST(COALESCE(seen_segment_entry, ?), ?)
                    WHERE journey_id = ? AND customer_id = ?""",
                    seen.stream()
                            .map(r -> new Object[] {r[0], r[0], r[1], r[2]})
                            .toList());
        }
    }

    /**
     * Which of these segment entries (customer, when the membership began) the journey handled already: entered
     * the customer, or saw the entry and did not let the customer in again.
     */
    public Set<Long> handledSegmentEntries(long journeyId, Map<Long, Instant> began) {
        if (began.isEmpty()) {
            return Set.of();
        }
        Set<Long> handled = new HashSet<>();
        jdbc.sql("""
                        SELECT customer_id, seen_segment_entry FROM journey_entrant
                        WHERE journey_id = :journey AND customer_id IN (:ids) AND seen_segment_entry IS NOT NULL""").param("journey", journeyId).param("ids", began.keySet()).query(rs -> {
            Instant seen = UtcColumns.read(rs, 2);
            if (!seen.isBefore(began.get(rs.getLong(1)))) {
                handled.add(rs.getLong(1));
            }
        });
        return handled;
    }

    /** Which of the customers entered the journey after the time. */
    public Set<Long> enteredSince(long journeyId, Collection<Long> customerIds, Instant since) {
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        SELECT customer_id FROM journey_entrant
                        WHERE journey_id = :journey AND customer_id IN (:ids) AND last_entered_at > :since""")
                .param("journey", journeyId)
                .param("ids", customerIds)
                .param("since", UtcColumns.toColumn(since))
                .query(Long.class)
                .list());
    }

    /**
     * Locks and answers up to {@code limit} enrolments due by {@code now}, earliest first, skipping those other
     * transactions hold and those of the journeys left out (paused ones).
     */
    public List<Row> claimDue(Instant now, Collection<Long> leftOut, int limit) {
        return claim("due_at", now, leftOut, limit);
    }

    /**
     * As {@link #claimDue}, of the enrolments in the fast lane only: those an event entered or woke (see
     * {@link JourneyTriggers}) and those enrolled by hand, in the order they were marked. Their index holds only them, so this costs one short range
     * read however large the backlog of ordinary due steps.
     */
    public List<Row> claimUrgent(Instant now, Collection<Long> leftOut, int limit) {
        return claim("urgent_at", now, leftOut, limit);
    }

    private List<Row> claim(String column, Instant now, Collection<Long> leftOut, int limit) {
        String where = leftOut.isEmpty() ? "" : " AND journey_id NOT IN (:left)";
        var query = jdbc.sql(CLAIMED + " WHERE " + column + " <= :now" + where + " ORDER BY " + column
                        + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("now", UtcColumns.toColumn(now))
                .param("limit", limit);
        if (!leftOut.isEmpty()) {
            query = query.param("left", leftOut);
        }
        return query.query(Enrolments::row).list();
    }

    /** Locks and answers up to {@code limit} enrolments still in the journeys, due or not. */
    public List<Row> claimUnended(Collection<Long> journeyIds, int limit) {
        if (journeyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CLAIMED + " WHERE journey_id IN (:journeys) AND ended_at IS NULL"
                        + " LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("journeys", journeyIds)
                .param("limit", limit)
                .query(Enrolments::row)
                .list();
    }

    /** Locks and answers the enrolments with these ids that have not ended, skipping those others hold. */
    public List<Row> claimIds(Collection<Long> ids) {
        return jdbc.sql(CLAIMED + " WHERE id IN (:ids) AND ended_at IS NULL FOR UPDATE SKIP LOCKED")
                .param("ids", ids)
                .query(Enrolments::row)
                .list();
    }

    /** Makes the enrolments due again at the time (after their step failed). */
    public void postpone(Collection<Long> ids, Instant at) {
        jdbc.sql("UPDATE journey_enrolment SET due_at = :at, urgent_at = NULL WHERE id IN (:ids) AND ended_at IS NULL")
                .param("at", UtcColumns.toColumn(at))
                .param("ids", ids)
                .update();
    }

    /** An enrolment's row as claimed. */
    public record Row(
            long id,
            long customerId,
            long versionId,
            String node,
            int visit,
            Instant nodeEnteredAt,
            Instant deadline,
            String waitingFor,
            Instant happenedAt,
            String goalNode,
            BigDecimal goalRevenue,
            Instant convertedAt) {}

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getInt(5),
                UtcColumns.read(rs, 6),
                UtcColumns.read(rs, 7),
                rs.getString(8),
                UtcColumns.read(rs, 9),
                rs.getString(10),
                rs.getBigDecimal(11),
                UtcColumns.read(rs, 12));
    }

    /**
     * Writes back where the walks stand now, in one statement: the new states go as one JSON array that the
     * database reads as a table ({@code JSON_TABLE}, MySQL 8 and MariaDB 10.6 on) and joins by key. A JDBC batch of
     * one {@code UPDATE} per walk was the engine's largest cost: the driver sends it as one text of 500 statements,
     * which it parses again for every batch.
     */
    public void save(List<Walk> walks) {
        List<Object[]> rows = new ArrayList<>(walks.size());
        for (Walk w : walks) {
            boolean resting = w.move == Walk.Move.REST;
            rows.add(new Object[] {
                w.id,
                w.node,
                w.visit,
                jsonTime(w.nodeEnteredAt),
                jsonTime(w.move == Walk.Move.END ? null : w.restUntil),
                jsonTime(resting ? w.restUntil : null),
                resting ? w.waitingFor : null,
                jsonTime(w.convertedAt),
                jsonTime(w.endedAt),
                w.endReason == null ? null : w.endReason.name()
            });
        }
        jdbc.sql("""
                        UPDATE journey_enrolment e
                        JOIN JSON_TABLE(:rows, '$[*]' COLUMNS (
                            id BIGINT PATH '$[0]',
                            node_id VARCHAR(64) PATH '$[1]',
                            visit INT PATH '$[2]',
                            node_entered_at DATETIME(6) PATH '$[3]',
                            due_at DATETIME(6) PATH '$[4]',
                            deadline DATETIME(6) PATH '$[5]',
                            waiting_for VARCHAR(32) PATH '$[6]',
                            converted_at DATETIME(6) PATH '$[7]',
                            ended_at DATETIME(6) PATH '$[8]',
                            end_reason VARCHAR(16) PATH '$[9]')) s ON e.id = s.id
                        SET e.node_id = s.node_id, e.visit = s.visit, e.node_entered_at = s.node_entered_at,
                            e.due_at = s.due_at, e.deadline = s.deadline, e.waiting_for = s.waiting_for,
                            e.happened_at = NULL, e.converted_at = s.converted_at, e.ended_at = s.ended_at,
                            e.end_reason = s.end_reason, e.urgent_at = NULL""").param("rows", json.writeValueAsString(rows)).update();
    }

    /** A time as the database reads it from JSON text; null stays null. */
    private static String jsonTime(Instant instant) {
        return instant == null ? null : JSON_TIME.format(instant);
    }

    /** Records steps taken: (enrolment, visit) is the key, so the same visit can never be written twice. */
    public void logSteps(List<Object[]> steps) {
        bulk.insert("journey_step", STEP_COLUMNS, steps);
    }

    /** Lets the customers who left the journey enter it again, as its re-entry rule allows. */
    public void left(long journeyId, Collection<Long> customerIds) {
        if (!customerIds.isEmpty()) {
            jdbc.sql("UPDATE journey_entrant SET active = FALSE WHERE journey_id = :journey AND customer_id IN (:ids)")
                    .param("journey", journeyId)
                    .param("ids", customerIds)
                    .update();
        }
    }

    /** Adds to the counts per step, in a fixed order so that two transactions never wait on each other in a ring. */
    public void count(Map<StatKey, long[]> counts, Map<StatKey, BigDecimal> revenue) {
        List<Object[]> rows = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Object[] {
                    e.getKey().journeyId(),
                    e.getKey().versionId(),
                    e.getKey().node(),
                    e.getKey().measure(),
                    e.getValue()[0],
                    revenue.getOrDefault(e.getKey(), BigDecimal.ZERO)
                })
                .toList();
        if (!rows.isEmpty()) {
            template.batchUpdate("""
                    INSERT INTO journey_node_stat (journey_id, version_id, node_id, measure, n, revenue)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON DUPLICATE KEY UPDATE n = n + VALUES(n), revenue = revenue + VALUES(revenue)""", rows);
        }
    }

    /** One count of one step of one version. */
    public record StatKey(long journeyId, long versionId, String node, String measure) implements Comparable<StatKey> {
        @Override
        public int compareTo(StatKey other) {
            int byJourney = Long.compare(journeyId, other.journeyId);
            if (byJourney != 0) {
                return byJourney;
            }
            int byVersion = Long.compare(versionId, other.versionId);
            if (byVersion != 0) {
                return byVersion;
            }
            int byNode = node.compareTo(other.node);
            return byNode != 0 ? byNode : measure.compareTo(other.measure);
        }
    }
}
