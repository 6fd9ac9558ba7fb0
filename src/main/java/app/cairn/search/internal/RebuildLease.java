package app.cairn.search.internal;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which node rebuilds the indexes, if any: one at a time across the cluster. The rebuilding node renews its lease
 * while it works; one that dies lets it lapse after {@link #TERM}. While a lease is live, no node indexes queued
 * changes, so a rebuild's older reads never overwrite newer documents.
 */
@Component
class RebuildLease {

    static final Duration TERM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    RebuildLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes the lease unless another node holds a live one (or renews this node's); answers whether it has it. */
    boolean take() {
        var now = UtcColumns.toColumn(clock.instant());
        var until = UtcColumns.toColumn(clock.instant().plus(TERM));
        jdbc.sql("""
                        INSERT INTO search_rebuild_lease (id, node, lease_until) VALUES (1, ?, ?)
                        ON DUPLICATE KEY UPDATE
                            node = IF(lease_until < ? OR node = VALUES(node), VALUES(node), node),
                            lease_until = IF(node = VALUES(node), VALUES(lease_until), lease_until)""").params(node, until, now).update();
        return jdbc.sql("SELECT node FROM search_rebuild_lease WHERE id = 1")
                .query(String.class)
                .optional()
                .map(node::equals)
                .orElse(false);
    }

    /** Gives the lease back at once. */
    void release() {
        jdbc.sql("DELETE FROM search_rebuild_lease WHERE id = 1 AND node = ?")
                .param(node)
                .update();
    }

    /** Whether some node (this one included) holds a live lease. */
    boolean held() {
        return jdbc.sql("SELECT COUNT(*) FROM search_rebuild_lease WHERE lease_until >= ?")
                        .param(UtcColumns.toColumn(clock.instant()))
                        .query(Long.class)
                        .single()
                > 0;
    }
}
