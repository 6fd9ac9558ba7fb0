package app.cairn.support.internal;

import app.cairn.shared.UtcColumns;
import app.cairn.support.BusinessCalendar;
import app.cairn.support.SegmentSla;
import app.cairn.support.SlaClock;
import app.cairn.support.SlaMetric;
import app.cairn.support.SlaTarget;
import app.cairn.support.TicketPriority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The business calendar, the SLA targets per priority, and the tickets' SLA clocks. */
@Component
public class SlaStore {

    /** The calendar SLAs use; admins edit this one. */
    public static final String CALENDAR = "Business hours";

    private static final org.springframework.jdbc.core.RowMapper<Row> ROW = (rs, n) -> new Row(
            rs.getLong(1),
            SlaMetric.valueOf(rs.getString(2)),
            rs.getInt(3),
            rs.getLong(4),
            UtcColumns.read(rs, 5),
            UtcColumns.read(rs, 6),
            UtcColumns.read(rs, 7),
            UtcColumns.read(rs, 8),
            UtcColumns.read(rs, 9));

    /** How long the SLA set-up read is used before it is read again. */
    private static final java.time.Duration SETTINGS_FOR = java.time.Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private volatile Settings settings;

    public SlaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The calendar's id and hours, if one was set up. */
    public Optional<Stored> calendar() {
        return settings().calendar();
    }

    private Optional<Stored> readCalendar() {
        Optional<Long> id = jdbc.sql("SELECT id FROM support_calendar WHERE name = ?")
                .param(CALENDAR)
                .query(Long.class)
                .optional();
        return id.map(this::load);
    }

    /** A stored calendar. */
    public record Stored(long id, BusinessCalendar calendar) {}

    private Stored load(long id) {
        String zone = jdbc.sql("SELECT time_zone FROM support_calendar WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        Map<DayOfWeek, List<BusinessCalendar.Period>> periods = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("SELECT weekday, start_time, end_time FROM support_calendar_period WHERE calendar_id = ?")
                .param(id)
                .query((rs, n) -> periods.computeIfAbsent(DayOfWeek.of(rs.getInt(1)), d -> new ArrayList<>())
                        .add(new BusinessCalendar.Period(
                                rs.getObject(2, LocalTime.class), rs.getObject(3, LocalTime.class))))
                .list();
        Set<LocalDate> holidays =
                new HashSet<>(jdbc.sql("SELECT day FROM support_calendar_holiday WHERE calendar_id = ?")
                        .param(id)
                        .query((rs, n) -> rs.getObject(1, LocalDate.class))
                        .list());
        return new Stored(id, new BusinessCalendar(ZoneId.of(zone), periods, holidays));
    }

    /** Saves the calendar's hours; answers its id. */
    /** The SLA set-up read once: every ticket change asks for it, and it changes a few times a year. */
    private record Settings(
            Optional<Stored> calendar, List<SlaTarget> targets, Optional<SegmentSla> segmentTargets, long readAt) {}

    /**
     * The set-up, read again after {@link #SETTINGS_FOR} (so a change another node saved is seen within that) or at
     * once after a change saved here.
     */
    private Settings settings() {
        Settings current = settings;
        long now = System.nanoTime();
        if (current == null || now - current.readAt() > SETTINGS_FOR.toNanos()) {
            current = new Settings(readCalendar(), readTargets(), readSegmentTargets(), now);
            settings = current;
        }
        return current;
    }

    /** Forgets the set-up read, after a change. */
    private void changed() {
        settings = null;
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                settings = null;
            }
        });
    }

    public long saveCalendar(BusinessCalendar calendar, Instant at) {
        changed();
        long id = calendar().map(Stored::id).orElseGet(() -> {
            jdbc.sql("INSERT INTO support_calendar (name, time_zone, created_at) VALUES (?, ?, ?)")
                    .params(CALENDAR, calendar.zone().getId(), UtcColumns.toColumn(at))
                    .update();
            return jdbc.sql("SELECT id FROM support_calendar WHERE name = ?")
                    .param(CALENDAR)
                    .query(Long.class)
                    .single();
        });
        jdbc.sql("UPDATE support_calendar SET time_zone = ? WHERE id = ?")
                .params(calendar.zone().getId(), id)
                .update();
        jdbc.sql("DELETE FROM support_calendar_period WHERE calendar_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM support_calendar_holiday WHERE calendar_id = ?")
                .param(id)
                .update();
        calendar.periods()
                .forEach((day, periods) -> periods.forEach(p -> jdbc.sql(
                                "INSERT INTO support_calendar_period (calendar_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)")
                        .params(id, day.getValue(), p.start(), p.end())
                        .update()));
        calendar.holidays()
                .forEach(day -> jdbc.sql("INSERT INTO support_calendar_holiday (calendar_id, day) VALUES (?, ?)")
                        .params(id, day)
                        .update());
        return id;
    }

    public List<SlaTarget> targets() {
        return settings().targets();
    }

    private List<SlaTarget> readTargets() {
        return jdbc.sql("""
                        SELECT priority, first_response_minutes, next_response_minutes, resolution_minutes
                        FROM support_sla_target""")
                .query((rs, n) -> new SlaTarget(
                        TicketPriority.valueOf(rs.getString(1)),
                        minutes(rs.getObject(2, Integer.class)),
                        minutes(rs.getObject(3, Integer.class)),
                        minutes(rs.getObject(4, Integer.class))))
                .list();
    }

    /** The segment with targets of its own, with them, if there is one. */
    public Optional<SegmentSla> segmentTargets() {
        return settings().segmentTargets();
    }

    private Optional<SegmentSla> readSegmentTargets() {
        List<Map.Entry<Long, SlaTarget>> rows = jdbc.sql("""
                        SELECT segment_id, priority, first_response_minutes, next_response_minutes, resolution_minutes
                        FROM support_sla_segment_target""")
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new SlaTarget(
                                TicketPriority.valueOf(rs.getString(2)),
                                minutes(rs.getObject(3, Integer.class)),
                                minutes(rs.getObject(4, Integer.class)),
                                minutes(rs.getObject(5, Integer.class)))))
                .list();
        return rows.isEmpty()
                ? Optional.empty()
                : Optional.of(new SegmentSla(
                        rows.getFirst().getKey(),
                        rows.stream().map(Map.Entry::getValue).toList()));
    }

    /** Replaces the segment targets (none with null). */
    public void saveSegmentTargets(SegmentSla policy) {
        changed();
        jdbc.sql("DELETE FROM support_sla_segment_target").update();
        if (policy == null) {
            return;
        }
        for (SlaTarget target : policy.targets()) {
            jdbc.sql("""
                            INSERT INTO support_sla_segment_target (segment_id, priority, first_response_minutes,
                                next_response_minutes, resolution_minutes)
                            VALUES (?, ?, ?, ?, ?)""")
                    .params(
                            policy.segmentId(),
                            target.priority().name(),
                            asMinutes(target.firstResponse()),
                            asMinutes(target.nextResponse()),
                            asMinutes(target.resolution()))
                    .update();
        }
    }

    public void saveTarget(SlaTarget target, long calendarId) {
        changed();
        jdbc.sql("""
                        INSERT INTO support_sla_target (priority, calendar_id, first_response_minutes, next_response_minutes,
                            resolution_minutes)
                        VALUES (?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE calendar_id = VALUES(calendar_id),
                            first_response_minutes = VALUES(first_response_minutes),
                            next_response_minutes = VALUES(next_response_minutes), resolution_minutes = VALUES(resolution_minutes)""")
                .params(
                        target.priority().name(),
                        calendarId,
                        asMinutes(target.firstResponse()),
                        asMinutes(target.nextResponse()),
                        asMinutes(target.resolution()))
                .update();
    }

    /** A ticket's clock as kept. */
    public record Row(
            long ticket,
            SlaMetric metric,
            int targetMinutes,
            long usedSeconds,
            Instant runningSince,
            Instant dueAt,
            Instant metAt,
            Instant warnedAt,
            Instant breachedAt) {

        SlaClock view() {
            return new SlaClock(metric, dueAt, metAt, breachedAt, metAt == null && runningSince == null);
        }
    }

    public List<Row> clocks(long ticket) {
        return jdbc.sql("""
                        SELECT ticket_id, metric, target_minutes, used_seconds, running_since, due_at, met_at, warned_at,
                            breached_at FROM ticket_sla WHERE ticket_id = ? ORDER BY metric""").param(ticket).query(ROW).list();
    }

    public List<SlaClock> views(long ticket) {
        return clocks(ticket).stream().map(Row::view).toList();
    }

    /** Writes a clock (new or changed). */
    public void save(Row row, long calendarId) {
        jdbc.sql("""
                        INSERT INTO ticket_sla (ticket_id, metric, calendar_id, target_minutes, used_seconds, running_since,
                            due_at, met_at, warned_at, breached_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON DUPLICATE KEY UPDATE calendar_id = VALUES(calendar_id), target_minutes = VALUES(target_minutes),
                            used_seconds = VALUES(used_seconds), running_since = VALUES(running_since),
                            due_at = VALUES(due_at), met_at = VALUES(met_at), warned_at = VALUES(warned_at),
                            breached_at = VALUES(breached_at)""")
                .params(
                        row.ticket(),
                        row.metric().name(),
                        calendarId,
                        row.targetMinutes(),
                        row.usedSeconds(),
                        UtcColumns.toColumn(row.runningSince()),
                        UtcColumns.toColumn(row.dueAt()),
                        UtcColumns.toColumn(row.metAt()),
                        UtcColumns.toColumn(row.warnedAt()),
                        UtcColumns.toColumn(row.breachedAt()))
                .update();
    }

    /** Running clocks due before {@code before} and not yet marked in {@code column}. */
    public List<Row> dueBefore(Instant before, String column, int limit) {
        return jdbc.sql("""
                        SELECT ticket_id, metric, target_minutes, used_seconds, running_since, due_at, met_at, warned_at,
                            breached_at FROM ticket_sla
                        WHERE met_at IS NULL AND due_at IS NOT NULL AND due_at <= ? AND %s IS NULL
                        ORDER BY due_at LIMIT ?""".formatted(column))
                .params(UtcColumns.toColumn(before), limit)
                .query(ROW)
                .list();
    }

    /** Marks a clock warned or breached, once: false when another node did it first. */
    public boolean mark(long ticket, SlaMetric metric, String column, Instant at) {
        return jdbc.sql("UPDATE ticket_sla SET %s = ? WHERE ticket_id = ? AND metric = ? AND %s IS NULL"
                                .formatted(column, column))
                        .params(UtcColumns.toColumn(at), ticket, metric.name())
                        .update()
                == 1;
    }

    private static Duration minutes(Integer minutes) {
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    private static Integer asMinutes(Duration duration) {
        return duration == null ? null : (int) duration.toMinutes();
    }
}
