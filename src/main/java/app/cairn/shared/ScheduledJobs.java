package app.cairn.shared;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * The two shapes every module's Quartz set-up takes: a durable job (Quartz keeps it while no trigger points at
 * it, so it can also be started by hand) and a cron trigger that skips runs missed while the cluster was down.
 */
public final class ScheduledJobs {

    private ScheduledJobs() {}

    /** A durable job; {@code recoverable} makes another node re-run it when the node running it dies. */
    public static JobDetail durable(Class<? extends Job> job, JobKey key, String description, boolean recoverable) {
        return JobBuilder.newJob(job)
                .withIdentity(key)
                .withDescription(description)
                .storeDurably()
                .requestRecovery(recoverable)
                .build();
    }

    /** A trigger firing {@code job} on the Quartz cron expression; runs missed while no node was up are skipped. */
    public static Trigger cron(JobDetail job, String name, String group, String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(name, group)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
