package app.cairn.segment.internal.schedule;

import app.cairn.segment.internal.membership.SegmentRebuilds;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Runs a rebuild asked for on a segment's page, on whichever node is free; one at a time. */
@DisallowConcurrentExecution
public class RequestedRebuildJob implements Job {

    public static final String SEGMENT = "segmentId";

    private final SegmentRebuilds rebuilds;

    public RequestedRebuildJob(SegmentRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public void execute(JobExecutionContext context) {
        rebuilds.runRequested(context.getMergedJobDataMap().getLong(SEGMENT));
    }
}
