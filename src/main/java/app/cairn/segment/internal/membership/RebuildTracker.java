package app.cairn.segment.internal.membership;

import app.cairn.segment.MembershipChange;
import app.cairn.segment.RebuildProgress;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the progress of rebuilds asked for on a segment's page, each write in a transaction of its own so that the
 * page sees it while the rebuild's transaction is still open.
 */
@Component
public class RebuildTracker {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public RebuildTracker(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a request in the caller's transaction, so that it exists exactly when the job is queued. */
    public void requested(long segmentId) {
        jdbc.update("""
                INSERT INTO segment_rebuild (segment_id, requested_at) VALUES (?, ?)
                ON DUPLICATE KEY UPDATE requested_at = VALUES(requested_at), started_at = NULL, step = 0,
                    finished_at = NULL, members = NULL, entered = NULL, exited = NULL, failure = NULL""", segmentId, now());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void step(long segmentId, int step) {
        jdbc.update(
                "UPDATE segment_rebuild SET step = ?, started_at = COALESCE(started_at, ?) WHERE segment_id = ?",
                step,
                now(),
                segmentId);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finished(MembershipChange change) {
        jdbc.update(
                """
                UPDATE segment_rebuild SET step = ?, finished_at = ?, members = ?, entered = ?, exited = ?
                WHERE segment_id = ?""",
                RebuildProgress.STEPS,
                now(),
                change.members(),
                change.entered(),
                change.exited(),
                change.segmentId());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(long segmentId, String failure) {
        jdbc.update(
                "UPDATE segment_rebuild SET finished_at = ?, failure = ? WHERE segment_id = ?",
                now(),
                failure.length() > 300 ? failure.substring(0, 300) : failure,
                segmentId);
    }

    public Optional<RebuildProgress> find(long segmentId) {
        return jdbc
                .query(
                        """
                        SELECT segment_id, step, requested_at, started_at, finished_at, members, entered, exited, failure
                        FROM segment_rebuild WHERE segment_id = ?""",
                        (rs, n) -> {
                            boolean finished = rs.getObject(5) != null;
                            String failure = rs.getString(9);
                            RebuildProgress.State state = failure != null
                                    ? RebuildProgress.State.FAILED
                                    : finished
                                            ? RebuildProgress.State.DONE
                                            : rs.getObject(4) != null
                                                    ? RebuildProgress.State.RUNNING
                                                    : RebuildProgress.State.WAITING;
                            MembershipChange result = state == RebuildProgress.State.DONE
                                    ? new MembershipChange(
                                            rs.getLong(1),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8),
                                            UtcColumns.read(rs, 5))
                                    : null;
                            return new RebuildProgress(
                                    rs.getLong(1),
                                    state,
                                    rs.getInt(2),
                                    UtcColumns.read(rs, 3),
                                    finished ? UtcColumns.read(rs, 5) : null,
                                    result,
                                    failure);
                        },
                        segmentId)
                .stream()
                .findFirst();
    }

    private java.time.LocalDateTime now() {
        return UtcColumns.toColumn(clock.instant());
    }
}
