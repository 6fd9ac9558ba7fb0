package app.cairn.search.internal;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The state of indexes on a search server, in the database every node shares ({@code search_index_state}). */
final class SharedIndexState implements IndexState {

    private final JdbcClient jdbc;
    private final Clock clock;

    SharedIndexState(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> builtWith(String index) {
        return jdbc.sql("SELECT fingerprint FROM search_index_state WHERE index_name = ?")
                .param(index)
                .query(String.class)
                .optional();
    }

    @Override
    public void built(String index, String fingerprint) {
        jdbc.sql("""
                        INSERT INTO search_index_state (index_name, fingerprint, built_at) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), built_at = VALUES(built_at)""")
                .params(index, fingerprint, UtcColumns.toColumn(clock.instant()))
                .update();
    }

    @Override
    public void forget(String index) {
        jdbc.sql("DELETE FROM search_index_state WHERE index_name = ?")
                .param(index)
                .update();
    }
}
