package app.cairn.segment.internal.schedule;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ticker that keeps rule segments current as time passes (a rule on "the last 2 days" changes its members
 * without any data changing): rebuilds each rule segment, each in a transaction of its own, one run at a time
 * across the cluster. A segment that fails is logged and the others still run.
 */
@DisallowConcurrentExecution
public class SegmentRebuildJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SegmentRebuildJob.class);

    private final SegmentManagement segments;

    public SegmentRebuildJob(SegmentManagement segments) {
        this.segments = segments;
    }

    @Override
    public void execute(JobExecutionContext context) {
        for (Segment segment : segments.all()) {
            if (segment.isStatic()) {
                continue;
            }
            try {
                segments.rebuild(segment.id());
            } catch (RuntimeException failed) {
                log.error("Rebuilding segment {} ({}) failed", segment.id(), segment.name(), failed);
            }
        }
    }
}
