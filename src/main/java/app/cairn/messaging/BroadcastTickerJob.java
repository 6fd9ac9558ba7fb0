package app.cairn.messaging;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The broadcast ticker: queues due broadcasts, one run at a time across the cluster. */
@DisallowConcurrentExecution
class BroadcastTickerJob implements Job {

    private final BroadcastManagement broadcasts;

    BroadcastTickerJob(BroadcastManagement broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public void execute(JobExecutionContext context) {
        broadcasts.runDue();
    }
}
