package app.cairn.journey.internal.entries;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Reads new segment entries into the journeys that start with them, one run at a time across the cluster. */
@DisallowConcurrentExecution
public class JourneyEntryJob implements Job {

    private final SegmentEntries segmentEntries;

    public JourneyEntryJob(SegmentEntries segmentEntries) {
        this.segmentEntries = segmentEntries;
    }

    @Override
    public void execute(JobExecutionContext context) {
        segmentEntries.enrolNew();
    }
}
