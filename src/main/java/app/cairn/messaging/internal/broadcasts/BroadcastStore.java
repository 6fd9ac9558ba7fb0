package app.cairn.messaging.internal.broadcasts;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastStatus;
import app.cairn.messaging.NewBroadcast;
import app.cairn.messaging.SkipReason;
import app.cairn.shared.Referable;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Broadcasts, how far their queueing got and whom they left out. */
@Component
public class BroadcastStore {

    private static final String COLUMNS = """
            SELECT id, name, template_id, segment_id, status, send_at, conversion_days, queued, deferred,
                   created_at, created_by, queued_at, finished_at, content_id, queued_through,
                   archived_at
            FROM email_broadcast""";
    private static final RowMapper<Row> ROW = (rs, n) -> new Row(
            new Broadcast(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getLong(3),
                    rs.getLong(4),
                    BroadcastStatus.valueOf(rs.getString(5)),
                    UtcColumns.read(rs, 6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    UtcColumns.read(rs, 10),
                    rs.getString(11),
                    UtcColumns.read(rs, 12),
                    UtcColumns.read(rs, 13),
                    UtcColumns.read(rs, 16)),
            rs.getObject(14, Long.class),
            rs.getLong(15));

    private final JdbcClient jdbc;
    private final Clock clock;

    public BroadcastStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long create(NewBroadcast broadcast, Instant sendAt, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO email_broadcast (name, template_id, segment_id, status, send_at, conversion_days,
                            created_at, created_by)
                        VALUES (?, ?, ?, 'SCHEDULED', ?, ?, ?, ?)""")
                .params(
                        broadcast.name(),
                        broadcast.templateId(),
                        broadcast.segmentId(),
                        UtcColumns.toColumn(sendAt),
                        broadcast.conversionDays(),
                        UtcColumns.toColumn(clock.instant()),
                        by)
                .update(keys);
        return keys.getKey().longValue();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(ROW).optional();
    }

    /** A page of the broadcasts, newest first: the archived ones or the others. */
    public List<Broadcast> page(boolean archived, int offset, int limit) {
        return jdbc
                .sql(COLUMNS + " WHERE archived_at IS " + (archived ? "NOT " : "")
                        + "NULL ORDER BY send_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query(ROW)
                .list()
                .stream()
                .map(Row::broadcast)
                .toList();
    }

    public long count(boolean archived) {
        return jdbc.sql("SELECT COUNT(*) FROM email_broadcast WHERE archived_at IS " + (archived ? "NOT " : "")
                        + "NULL")
                .query(Long.class)
                .single();
    }

    /** Locks the broadcast's row for the caller's transaction and answers its status (a cancel waits for it). */
    public BroadcastStatus lockStatus(long id) {
        return BroadcastStatus.valueOf(jdbc.sql("SELECT status FROM email_broadcast WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .single());
    }

    /** Broadcasts whose queueing is due or was cut short, oldest first. */
    public List<Long> due() {
        return jdbc.sql("""
                        SELECT id FROM email_broadcast
                        WHERE status IN ('SCHEDULED', 'QUEUEING') AND send_at <= ? ORDER BY send_at, id""")
                .param(UtcColumns.toColumn(clock.instant()))
                .query(Long.class)
                .list();
    }

    /** Broadcasts that are sending but have no message left to send: they are done. */
    public int finishSent() {
        return jdbc.sql("""
                        UPDATE email_broadcast b SET status = 'SENT', finished_at = ?
                        WHERE b.status = 'SENDING' AND NOT EXISTS (
                            SELECT 1 FROM email_message m WHERE m.source = 'BROADCAST' AND m.source_id = b.id
                              AND m.status IN ('QUEUED', 'SENDING'))""").param(UtcColumns.toColumn(clock.instant())).update();
    }

    /** Starts queueing: the template frozen as {@code contentId}. Answers false if another node started first. */
    public boolean start(long id, long contentId) {
        return jdbc.sql("""
                                UPDATE email_broadcast SET status = 'QUEUEING', content_id = ?, started_at = ?
                                WHERE id = ? AND status = 'SCHEDULED'""")
                        .params(contentId, UtcColumns.toColumn(clock.instant()), id)
                        .update()
                == 1;
    }

    /** Records a queued page: how far it got, and how many it queued, deferred and skipped by reason. */
    public void advance(long id, long through, int queued, int deferred, Map<SkipReason, Integer> skipped) {
        jdbc.sql("""
                        UPDATE email_broadcast SET queued_through = ?, queued = queued + ?, deferred = deferred + ?
                        WHERE id = ?""").params(through, queued, deferred, id).update();
        skipped.forEach((reason, count) ->
                jdbc.sql("""
                        INSERT INTO email_broadcast_skip (broadcast_id, reason, recipients) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE recipients = recipients + VALUES(recipients)""").params(id, reason.name(), count).update());
    }

    public void queuedAll(long id) {
        jdbc.sql("UPDATE email_broadcast SET status = 'SENDING', queued_at = ? WHERE id = ? AND status = 'QUEUEING'")
                .params(UtcColumns.toColumn(clock.instant()), id)
                .update();
    }

    /** Cancels a broadcast that has not finished, and its messages not yet sent. Answers whether it did. */
    public boolean cancel(long id) {
        Instant now = clock.instant();
        int changed = jdbc.sql("""
                        UPDATE email_broadcast SET status = 'CANCELLED', cancelled_at = ?, finished_at = ?
                        WHERE id = ? AND status IN ('SCHEDULED', 'QUEUEING', 'SENDING')""")
                .params(UtcColumns.toColumn(now), UtcColumns.toColumn(now), id)
                .update();
        if (changed == 1) {
            jdbc.sql("""
                            UPDATE email_message SET status = 'CANCELLED', last_error = 'broadcast cancelled'
                            WHERE source = 'BROADCAST' AND source_id = ? AND status = 'QUEUED'""").param(id).update();
        }
        return changed == 1;
    }

    /** Broadcasts that name the template or segment, archived ones included. */
    public List<Broadcast> naming(Referable kind, long id) {
        String column = kind == Referable.SEGMENT ? "segment_id" : "template_id";
        return jdbc.sql(COLUMNS + " WHERE " + column + " = ?").param(id).query(ROW).list().stream()
                .map(Row::broadcast)
                .toList();
    }

    /** Archives a broadcast ({@code at} set) or restores it ({@code at} null). */
    public void archive(long id, Instant at) {
        jdbc.sql("UPDATE email_broadcast SET archived_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    /** Deletes a broadcast that queued nothing. */
    public void delete(long id) {
        jdbc.sql("DELETE FROM email_broadcast WHERE id = ?").param(id).update();
    }

    /** Whether any message was queued for the broadcast. */
    public boolean queuedAny(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM email_message WHERE source = 'BROADCAST' AND source_id = ?)")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    public Map<SkipReason, Integer> skipped(long id) {
        Map<SkipReason, Integer> skipped = new EnumMap<>(SkipReason.class);
        jdbc.sql("SELECT reason, recipients FROM email_broadcast_skip WHERE broadcast_id = ?")
                .param(id)
                .query((rs, n) -> Map.entry(SkipReason.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .forEach(e -> skipped.put(e.getKey(), e.getValue()));
        return skipped;
    }

    /** A broadcast with what only queueing needs. */
    public record Row(Broadcast broadcast, Long contentId, long queuedThrough) {}
}
