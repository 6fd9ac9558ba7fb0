package app.cairn.segment;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Works out RFM scores and clusters again; one run at a time across the cluster of app nodes. */
@DisallowConcurrentExecution
class RfmJob implements Job {

    private final SegmentManagement segments;

    RfmJob(SegmentManagement segments) {
        this.segments = segments;
    }

    @Override
    public void execute(JobExecutionContext context) {
        segments.scoreCustomers();
    }
}
