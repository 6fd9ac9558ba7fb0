package app.cairn.messaging.internal.broadcasts;

import app.cairn.messaging.BroadcastManagement;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The broadcast ticker: queues due broadcasts, one run at a time across the cluster. */
@DisallowConcurrentExecution
public class BroadcastTickerJob implements Job {

    private final BroadcastManagement broadcasts;

    public BroadcastTickerJob(BroadcastManagement broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public void execute(JobExecutionContext context) {
        broadcasts.runDue();
    }
}
