package app.cairn.journey.internal.engine;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.shared.RefusedException;
import app.cairn.shared.UtcColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Journeys and their versions; graphs are stored as JSON. */
@Component
public class JourneyStore {

    private static final String COLUMNS = """
            SELECT j.id, j.name, j.status, j.draft, j.draft_saved_at, v.number, j.archived_at
            FROM journey j LEFT JOIN journey_version v ON v.id = j.live_version_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    public JourneyStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public long create(String name, JourneyGraph draft, String by) {
        var now = UtcColumns.toColumn(clock.instant());
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO journey (name, status, draft, draft_saved_at, created_at, created_by)
                            VALUES (?, 'DRAFT', ?, ?, ?, ?)""")
                    .params(name, json.writeValueAsString(draft), now, now, by)
                    .update(keys);
        } catch (DuplicateKeyException taken) {
            throw new RefusedException("journey.error.name-taken", name);
        }
        return keys.getKey().longValue();
    }

    public Optional<Journey> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE j.id = ?")
                .param(id)
                .query(this::mapJourney)
                .optional();
    }

    /** The journeys not archived, by name. */
    public List<Journey> all() {
        return jdbc.sql(COLUMNS + " WHERE j.archived_at IS NULL ORDER BY j.name")
                .query(this::mapJourney)
                .list();
    }

    public List<Journey> archived() {
        return jdbc.sql(COLUMNS + " WHERE j.archived_at IS NOT NULL ORDER BY j.name")
                .query(this::mapJourney)
                .list();
    }

    /** Archives a journey ({@code at} set) or restores it ({@code at} null). */
    public void archive(long id, java.time.Instant at) {
        jdbc.sql("UPDATE journey SET archived_at = ?, version = version + 1 WHERE id = ?")
                .params(UtcColumns.toColumn(at), id)
                .update();
    }

    /** Deletes a journey never published (so never entered). */
    public void delete(long id) {
        jdbc.sql("DELETE FROM journey WHERE id = ? AND live_version_id IS NULL")
                .param(id)
                .update();
    }

    public void rename(long id, String name) {
        try {
            jdbc.sql("UPDATE journey SET name = ?, version = version + 1 WHERE id = ?")
                    .params(name, id)
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new RefusedException("journey.error.name-taken", name);
        }
    }

    public void saveDraft(long id, JourneyGraph draft) {
        jdbc.sql("UPDATE journey SET draft = ?, draft_saved_at = ?, version = version + 1 WHERE id = ?")
                .params(json.writeValueAsString(draft), UtcColumns.toColumn(clock.instant()), id)
                .update();
    }

    /** Stores the graph as the journey's next version and makes it the live one. */
    public JourneyVersion publish(long id, JourneyGraph graph, String by) {
        int number = jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM journey_version WHERE journey_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO journey_version (journey_id, number, graph, published_at, published_by)
                        VALUES (?, ?, ?, ?, ?)""")
                .params(id, number, json.writeValueAsString(graph), UtcColumns.toColumn(clock.instant()), by)
                .update(keys);
        long versionId = keys.getKey().longValue();
        jdbc.sql("""
                        UPDATE journey SET live_version_id = ?, status = CASE WHEN status = 'DRAFT' THEN 'LIVE' ELSE status END,
                            version = version + 1
                        WHERE id = ?""").params(versionId, id).update();
        return version(versionId).orElseThrow();
    }

    /** Moves the journey from one of {@code from} to {@code to}; answers whether it did. */
    public boolean setStatus(long id, List<JourneyStatus> from, JourneyStatus to) {
        return jdbc.sql("UPDATE journey SET status = :to, version = version + 1 WHERE id = :id AND status IN (:from)")
                        .param("to", to.name())
                        .param("id", id)
                        .param("from", from.stream().map(Enum::name).toList())
                        .update()
                == 1;
    }

    /** Locks the journey's row for the caller's transaction (publishing and status changes take turns). */
    public Optional<JourneyStatus> lock(long id) {
        return jdbc.sql("SELECT status FROM journey WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .optional()
                .map(JourneyStatus::valueOf);
    }

    public List<JourneyVersion> versions(long journeyId) {
        return jdbc.sql("""
                        SELECT id, journey_id, number, graph, published_at, published_by FROM journey_version
                        WHERE journey_id = ? ORDER BY number""").param(journeyId).query(this::mapVersion).list();
    }

    public Optional<JourneyVersion> version(long versionId) {
        return jdbc.sql("""
                        SELECT id, journey_id, number, graph, published_at, published_by FROM journey_version
                        WHERE id = ?""").param(versionId).query(this::mapVersion).optional();
    }

    private Journey mapJourney(ResultSet rs, int row) throws SQLException {
        return new Journey(
                rs.getLong(1),
                rs.getString(2),
                JourneyStatus.valueOf(rs.getString(3)),
                json.readValue(rs.getString(4), JourneyGraph.class),
                UtcColumns.read(rs, 5),
                rs.getObject(6, Integer.class),
                UtcColumns.read(rs, 7));
    }

    private JourneyVersion mapVersion(ResultSet rs, int row) throws SQLException {
        return new JourneyVersion(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                json.readValue(rs.getString(4), JourneyGraph.class),
                UtcColumns.read(rs, 5),
                rs.getString(6));
    }
}
