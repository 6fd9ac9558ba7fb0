package app.cairn.journey.internal.engine;

import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published versions the engine runs, read once each (a version never changes), and the journeys' statuses,
 * read afresh each time they are asked for.
 */
@Component
public class JourneyPlans {

    private final JourneyStore store;
    private final JdbcClient jdbc;
    private final Map<Long, JourneyPlan> plans = new ConcurrentHashMap<>();

    public JourneyPlans(JourneyStore store, JdbcClient jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    public JourneyPlan plan(long versionId) {
        return plans.computeIfAbsent(versionId, id -> {
            JourneyVersion version = store.version(id).orElseThrow();
            return new JourneyPlan(version.journeyId(), version.id(), version.graph());
        });
    }

    /** A journey customers may enter or move through, with the version new entrants follow. */
    public record Running(long journeyId, JourneyStatus status, JourneyPlan live) {}

    /** The live and paused journeys. */
    public List<Running> running() {
        return jdbc.sql("""
                        SELECT id, status, live_version_id FROM journey
                        WHERE status IN ('LIVE', 'PAUSED') AND live_version_id IS NOT NULL ORDER BY id""")
                .query((rs, row) ->
                        new Running(rs.getLong(1), JourneyStatus.valueOf(rs.getString(2)), plan(rs.getLong(3))))
                .list();
    }

    /** Journeys whose customers do not move on: paused ones (they wait) and stopped ones (they leave). */
    public record Held(Set<Long> paused, Set<Long> stopped) {}

    /** The paused and stopped journeys now, in one read. */
    public Held held() {
        Set<Long> paused = new HashSet<>();
        Set<Long> stopped = new HashSet<>();
        jdbc.sql("SELECT id, status FROM journey WHERE status IN ('PAUSED', 'STOPPED')")
                .query(rs -> {
                    (JourneyStatus.PAUSED.name().equals(rs.getString(2)) ? paused : stopped).add(rs.getLong(1));
                });
        return new Held(paused, stopped);
    }
}
