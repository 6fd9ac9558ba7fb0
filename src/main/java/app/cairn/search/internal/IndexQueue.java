package app.cairn.search.internal;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code search_index_queue}: entities to index again. */
@Component
public class IndexQueue {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    public IndexQueue(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** A queued entity. */
    public record Queued(String entity, long id) {}

    /** Queues the ids (a queued id stays queued once). */
    public void add(String entity, Collection<Long> ids) {
        var at = UtcColumns.toColumn(clock.instant());
        List<Object[]> rows = new ArrayList<>(ids.size());
        for (Long id : ids) {
            rows.add(new Object[] {entity, id, at});
        }
        batch.batchUpdate("""
                INSERT INTO search_index_queue (entity, entity_id, queued_at) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE queued_at = VALUES(queued_at)""", rows);
    }

    /** Takes up to {@code limit} of the oldest rows no other node holds, locked until the transaction ends. */
    public List<Queued> claim(int limit) {
        return jdbc.sql("""
                        SELECT entity, entity_id FROM search_index_queue ORDER BY queued_at LIMIT ?
                        FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, n) -> new Queued(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Removes claimed rows once their entities are indexed. */
    public void remove(List<Queued> done) {
        batch.batchUpdate(
                "DELETE FROM search_index_queue WHERE entity = ? AND entity_id = ?",
                done.stream().map(q -> new Object[] {q.entity(), q.id()}).toList());
    }

    /** How many rows wait, and the age in milliseconds of the oldest (0 when none wait). */
    public Backlog backlog() {
        return jdbc.sql("SELECT COUNT(*), MIN(queued_at) FROM search_index_queue")
                .query((rs, n) -> {
                    var oldest = UtcColumns.read(rs, 2);
                    return new Backlog(
                            rs.getLong(1), oldest == null ? 0 : Math.max(0, clock.millis() - oldest.toEpochMilli()));
                })
                .single();
    }

    /** Entities waiting to be indexed again. */
    public record Backlog(long rows, long oldestMillis) {}
}
