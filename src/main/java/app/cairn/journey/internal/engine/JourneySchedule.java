package app.cairn.journey.internal.engine;

import app.cairn.journey.internal.dispatch.JourneyDispatchJob;
import app.cairn.journey.internal.entries.JourneyDateJob;
import app.cairn.journey.internal.entries.JourneyEntryJob;
import app.cairn.shared.ScheduledJobs;
import java.time.Duration;
import java.util.function.Consumer;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The journey engine's Quartz jobs: two engine tickers ({@code cairn.journeys.engine-cron}, every 2 seconds), the
 * segment entry reader ({@code entry-cron}, every 10 seconds), the date entry reader ({@code date-cron}, every 5
 * minutes) and the dispatcher of text messages and webhook calls ({@code dispatch-cron}, every 5 seconds). None
 * keeps state between runs: a run cut short by a dying node is simply the next run's work.
 */
@Configuration(proxyBeanMethods = false)
public class JourneySchedule {

    public static final String GROUP = "journey";

    /**
     * How long one run of a ticker (the engine's, the dispatcher's) works at most; see {@link #tick}.
     */
    public static final Duration TICK_BUDGET = Duration.ofSeconds(20);

    public static final JobKey ENGINE_A = JobKey.jobKey("journey-engine-a", GROUP);
    public static final JobKey ENGINE_B = JobKey.jobKey("journey-engine-b", GROUP);
    public static final JobKey ENTRIES = JobKey.jobKey("journey-segment-entries", GROUP);
    public static final JobKey DATES = JobKey.jobKey("journey-date-entries", GROUP);
    public static final JobKey DISPATCH = JobKey.jobKey("journey-dispatch", GROUP);

    /**
     * One run of a ticker job: the work for up to {@link #TICK_BUDGET}; a run that used all of it (so more is due)
     * has Quartz run the job again at once. Waiting for the cron trigger instead does not work for a ticker kept busy:
     * the trigger is held while its job runs and its next time is the one after the run began, so each long run
     * leaves it further behind, and once that is more than Quartz's misfire threshold (60 s) Quartz does not fire it
     * until its misfire check comes round, up to a minute later. With runs of 50 s the engine stood still for 20 to
     * 100 s at a time at a million customers.
     */
    public static void tick(JobExecutionContext context, Consumer<Duration> work) throws JobExecutionException {
        tick(context, TICK_BUDGET, work);
    }

    /** As {@link #tick(JobExecutionContext, Consumer)}, with a budget of the caller's. */
    public static void tick(JobExecutionContext context, Duration budget, Consumer<Duration> work)
            throws JobExecutionException {
        long started = System.nanoTime();
        work.accept(budget);
        if (System.nanoTime() - started >= budget.toNanos()) {
            try {
                context.getScheduler().triggerJob(context.getJobDetail().getKey());
            } catch (SchedulerException failed) {
                throw new JobExecutionException(failed);
            }
        }
    }

    @Bean
    public JobDetail journeyEngineA() {
        return ScheduledJobs.durable(JourneyEngineJob.class, ENGINE_A, "Takes due journey steps", false);
    }

    @Bean
    public JobDetail journeyEngineB() {
        return ScheduledJobs.durable(JourneyEngineJob.class, ENGINE_B, "Takes due journey steps", false);
    }

    @Bean
    public JobDetail journeySegmentEntries() {
        return ScheduledJobs.durable(JourneyEntryJob.class, ENTRIES, "Enrols new segment members in journeys", false);
    }

    @Bean
    public JobDetail journeyDateEntries() {
        return ScheduledJobs.durable(
                JourneyDateJob.class, DATES, "Enrols customers whose day has come in date journeys", false);
    }

    @Bean
    public JobDetail journeyDispatch() {
        return ScheduledJobs.durable(
                JourneyDispatchJob.class, DISPATCH, "Sends journey text messages and webhook calls", false);
    }

    @Bean
    public Trigger journeyEngineATrigger(JobDetail journeyEngineA, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyEngineA, "journey-engine-a", GROUP, properties.engineCron());
    }

    @Bean
    public Trigger journeyEngineBTrigger(JobDetail journeyEngineB, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyEngineB, "journey-engine-b", GROUP, properties.engineCron());
    }

    @Bean
    public Trigger journeySegmentEntriesTrigger(JobDetail journeySegmentEntries, JourneyProperties properties) {
        return ScheduledJobs.cron(journeySegmentEntries, "journey-segment-entries", GROUP, properties.entryCron());
    }

    @Bean
    public Trigger journeyDateEntriesTrigger(JobDetail journeyDateEntries, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyDateEntries, "journey-date-entries", GROUP, properties.dateCron());
    }

    @Bean
    public Trigger journeyDispatchTrigger(JobDetail journeyDispatch, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyDispatch, "journey-dispatch", GROUP, properties.dispatchCron());
    }
}
