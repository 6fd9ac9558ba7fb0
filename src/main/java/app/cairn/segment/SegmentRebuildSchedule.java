package app.cairn.segment;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rebuild ticker ({@code cairn.segments.rebuild-cron}, a Quartz cron expression) and asked-for rebuilds. */
@Configuration(proxyBeanMethods = false)
class SegmentRebuildSchedule {

    static final JobKey REBUILD_JOB = JobKey.jobKey("segment-rebuild", "segment");
    static final JobKey REQUESTED_REBUILD_JOB = JobKey.jobKey("segment-requested-rebuild", "segment");

    @Bean
    JobDetail requestedRebuildJob() {
        return ScheduledJobs.durable(
                RequestedRebuildJob.class,
                REQUESTED_REBUILD_JOB,
                "Works out the members of one segment, as asked on its page",
                false);
    }

    @Bean
    JobDetail segmentRebuildJob() {
        return ScheduledJobs.durable(
                SegmentRebuildJob.class, REBUILD_JOB, "Works out the members of every rule segment", false);
    }

    @Bean
    Trigger segmentRebuildTrigger(
            JobDetail segmentRebuildJob, @Value("${cairn.segments.rebuild-cron:0 0/15 * * * ?}") String cron) {
        return ScheduledJobs.cron(segmentRebuildJob, "segment-rebuild-ticker", "segment", cron);
    }
}
