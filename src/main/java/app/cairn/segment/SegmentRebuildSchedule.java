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

/** The rebuild ticker and its trigger ({@code cairn.segments.rebuild-cron}, a Quartz cron expression). */
@Configuration(proxyBeanMethods = false)
class SegmentRebuildSchedule {

    static final JobKey REBUILD_JOB = JobKey.jobKey("segment-rebuild", "segment");

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
}
