package app.cairn.platform.scheduling;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Records that it started, then runs for a minute, long enough for its node to be killed meanwhile. */
public class LongRunningJob implements Job {

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ClusterNodes.record(
                    context.getMergedJobDataMap().getString("jdbcUrl"),
                    "long-running",
                    context.getScheduledFireTime().getTime(),
                    context.getScheduler().getSchedulerInstanceId(),
                    context.isRecovering());
            if (!context.isRecovering()) {
                Thread.sleep(60_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new JobExecutionException(e);
        }
    }
}
