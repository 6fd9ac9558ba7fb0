package app.cairn.journey;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published versions the engine runs, read once each (a version never changes), and the journeys' statuses,
 * read afresh each time they are asked for.
 */
@Component
class JourneyPlans {

    private final JourneyStore store;
    private final JdbcClient jdbc;
    private final Map<Long, JourneyPlan> plans = new ConcurrentHashMap<>();

    JourneyPlans(JourneyStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    JourneyPlan plan(long versionId) {
        return plans.computeIfAbsent(versionId, id -> {
            JourneyVersion version = store.version(id).orElseThrow();
            return new JourneyPlan(version.journeyId(), version.id(), version.graph());
        });
    }

    /** A journey customers may enter or move through, with the version new entrants follow. */
    record Running(long journeyId, JourneyStatus status, JourneyPlan live) {}

    /** The live and paused journeys. */
    List<Running> running() {
        return jdbc.sql("""
                        SELECT id, status, live_version_id FROM journey
                        WHERE status IN ('LIVE', 'PAUSED') AND live_version_id IS NOT NULL ORDER BY id""")
                .query((rs, row) ->
                        new Running(rs.getLong(1), JourneyStatus.valueOf(rs.getString(2)), plan(rs.getLong(3))))
                .list();
    }

    /** The ids of journeys in the status. */
    List<Long> withStatus(JourneyStatus status) {
        return jdbc.sql("SELECT id FROM journey WHERE status = ?")
                .param(status.name())
                .query(Long.class)
                .list();
    }
}
