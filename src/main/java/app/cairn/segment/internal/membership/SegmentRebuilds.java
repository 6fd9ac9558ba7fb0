package app.cairn.segment.internal.membership;

import app.cairn.segment.MembershipChange;
import app.cairn.segment.SegmentManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a requested rebuild and reports it: each step as it starts, then the result or the failure, for the
 * segment's page to follow. The rebuild itself is one transaction; the reports are written beside it.
 */
@Component
public class SegmentRebuilds {

    private static final Logger log = LoggerFactory.getLogger(SegmentRebuilds.class);

    private final SegmentManagement segments;
    private final RebuildTracker tracker;

    public SegmentRebuilds(SegmentManagement segments, RebuildTracker tracker) {
        this.segments = segments;
        this.tracker = tracker;
    }

    public void runRequested(long segmentId) {
        try {
            tracker.step(segmentId, 1);
            MembershipChange change = segments.rebuild(segmentId, step -> tracker.step(segmentId, step));
            tracker.finished(change);
            log.info(
                    "Requested rebuild of segment {}: {} members, {} entered, {} left",
                    segmentId,
                    change.members(),
                    change.entered(),
                    change.exited());
        } catch (RuntimeException failed) {
            log.error("Requested rebuild of segment {} failed", segmentId, failed);
            // the page shows this to staff: what failed and where to look, not a driver's message
            tracker.failed(segmentId, failed.getClass().getSimpleName());
        }
    }
}
