package app.cairn.platform.scheduling;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Writes a row for each time it runs: which trigger, which scheduled fire time, on which node. */
public class RecordingJob implements Job {

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            ClusterNodes.record(
                    context.getMergedJobDataMap().getString("jdbcUrl"),
                    context.getTrigger().getKey().getName(),
                    context.getScheduledFireTime().getTime(),
                    context.getScheduler().getSchedulerInstanceId(),
                    context.isRecovering());
            Thread.sleep(20);
        } catch (Exception e) {
            throw new JobExecutionException(e);
        }
    }
}
