package app.cairn.segment;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rebuild ticker ({@code cairn.segments.rebuild-cron}) and the nightly RFM scoring
 * ({@code cairn.segments.rfm-cron}), both Quartz cron expressions.
 */
@Configuration(proxyBeanMethods = false)
class SegmentRebuildSchedule {

    static final JobKey REBUILD_JOB = JobKey.jobKey("segment-rebuild", "segment");
    static final JobKey RFM_JOB = JobKey.jobKey("rfm-scoring", "segment");
    static final JobKey REQUESTED_REBUILD_JOB = JobKey.jobKey("segment-requested-rebuild", "segment");

    @Bean
    JobDetail requestedRebuildJob() {
        return JobBuilder.newJob(RequestedRebuildJob.class)
                .withIdentity(REQUESTED_REBUILD_JOB)
                .withDescription("Works out the members of one segment, as asked on its page")
                .storeDurably()
                .build();
    }

    @Bean
    JobDetail segmentRebuildJob() {
        return JobBuilder.newJob(SegmentRebuildJob.class)
                .withIdentity(REBUILD_JOB)
                .withDescription("Works out the members of every rule segment")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger segmentRebuildTrigger(
            JobDetail segmentRebuildJob, @Value("${cairn.segments.rebuild-cron:0 0/15 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(segmentRebuildJob)
                .withIdentity("segment-rebuild-ticker", "segment")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail rfmJob() {
        return JobBuilder.newJob(RfmJob.class)
                .withIdentity(RFM_JOB)
                .withDescription("Works out every customer's RFM scores, segment and cluster")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger rfmTrigger(JobDetail rfmJob, @Value("${cairn.segments.rfm-cron:0 15 3 * * ?}") String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(rfmJob)
                .withIdentity("rfm-nightly", "segment")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
