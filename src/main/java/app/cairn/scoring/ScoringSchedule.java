package app.cairn.scoring;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The nightly scoring ({@code cairn.segments.rfm-cron}, a Quartz cron expression). The job and trigger keep the
 * names they had in the segment module, so that a stored schedule is replaced rather than left behind.
 */
@Configuration(proxyBeanMethods = false)
class ScoringSchedule {

    static final JobKey SCORING_JOB = JobKey.jobKey("rfm-scoring", "segment");

    @Bean
    JobDetail rfmJob() {
        return ScheduledJobs.durable(
                RfmJob.class, SCORING_JOB, "Works out every customer's RFM scores, segment and cluster", false);
    }

    @Bean
    Trigger rfmTrigger(JobDetail rfmJob, @Value("${cairn.segments.rfm-cron:0 15 3 * * ?}") String cron) {
        return ScheduledJobs.cron(rfmJob, "rfm-nightly", "segment", cron);
    }
}
