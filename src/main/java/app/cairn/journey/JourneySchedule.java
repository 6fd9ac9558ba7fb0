package app.cairn.journey;

import app.cairn.shared.ScheduledJobs;
import java.time.Duration;
import org.quartz.JobDetail;
import org.quartz.JobKey;
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
class JourneySchedule {

    static final String GROUP = "journey";

    /**
     * How long one run of a ticker (the engine's, the dispatcher's) works at most. A run that takes longer leaves its
     * trigger, held while it runs, more than Quartz's misfire threshold (60 s) behind; Quartz then does not fire it
     * until its misfire check comes round, up to a minute later, and nothing moves meanwhile (seen at a million
     * customers with 50 s runs: the engine stood still for 20 to 100 s at a time). A short run is simply followed by
     * the next tick.
     */
    static final Duration TICK_BUDGET = Duration.ofSeconds(20);

    static final JobKey ENGINE_A = JobKey.jobKey("journey-engine-a", GROUP);
    static final JobKey ENGINE_B = JobKey.jobKey("journey-engine-b", GROUP);
    static final JobKey ENTRIES = JobKey.jobKey("journey-segment-entries", GROUP);
    static final JobKey DATES = JobKey.jobKey("journey-date-entries", GROUP);
    static final JobKey DISPATCH = JobKey.jobKey("journey-dispatch", GROUP);

    @Bean
    JobDetail journeyEngineA() {
        return ScheduledJobs.durable(JourneyEngineJob.class, ENGINE_A, "Takes due journey steps", false);
    }

    @Bean
    JobDetail journeyEngineB() {
        return ScheduledJobs.durable(JourneyEngineJob.class, ENGINE_B, "Takes due journey steps", false);
    }

    @Bean
    JobDetail journeySegmentEntries() {
        return ScheduledJobs.durable(JourneyEntryJob.class, ENTRIES, "Enrols new segment members in journeys", false);
    }

    @Bean
    JobDetail journeyDateEntries() {
        return ScheduledJobs.durable(
                JourneyDateJob.class, DATES, "Enrols customers whose day has come in date journeys", false);
    }

    @Bean
    JobDetail journeyDispatch() {
        return ScheduledJobs.durable(
                JourneyDispatchJob.class, DISPATCH, "Sends journey text messages and webhook calls", false);
    }

    @Bean
    Trigger journeyEngineATrigger(JobDetail journeyEngineA, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyEngineA, "journey-engine-a", GROUP, properties.engineCron());
    }

    @Bean
    Trigger journeyEngineBTrigger(JobDetail journeyEngineB, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyEngineB, "journey-engine-b", GROUP, properties.engineCron());
    }

    @Bean
    Trigger journeySegmentEntriesTrigger(JobDetail journeySegmentEntries, JourneyProperties properties) {
        return ScheduledJobs.cron(journeySegmentEntries, "journey-segment-entries", GROUP, properties.entryCron());
    }

    @Bean
    Trigger journeyDateEntriesTrigger(JobDetail journeyDateEntries, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyDateEntries, "journey-date-entries", GROUP, properties.dateCron());
    }

    @Bean
    Trigger journeyDispatchTrigger(JobDetail journeyDispatch, JourneyProperties properties) {
        return ScheduledJobs.cron(journeyDispatch, "journey-dispatch", GROUP, properties.dispatchCron());
    }
}
