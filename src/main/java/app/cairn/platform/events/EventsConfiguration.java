package app.cairn.platform.events;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Handles other modules' events on their own threads after the publishing transaction committed
 * ({@code @ApplicationModuleListener}), so a request never holds its connection while a reaction waits for another,
 * and schedules the resubmission of unhandled publications.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class EventsConfiguration {

    static final JobKey RESUBMIT_JOB = JobKey.jobKey("event-resubmission", "platform");

    @Bean
    JobDetail eventResubmissionJob() {
        return ScheduledJobs.durable(
                EventResubmissionJob.class, RESUBMIT_JOB, "Hands unhandled events to their listeners again", false);
    }

    @Bean
    Trigger eventResubmissionTrigger(
            JobDetail eventResubmissionJob, @Value("${cairn.events.resubmit-cron:0 * * * * ?}") String cron) {
        return ScheduledJobs.cron(eventResubmissionJob, "event-resubmission", "platform", cron);
    }
}
