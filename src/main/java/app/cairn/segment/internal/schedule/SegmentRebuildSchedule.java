package app.cairn.segment.internal.schedule;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rebuild ticker ({@code cairn.segments.rebuild-cron}, a Quartz cron expression) and asked-for rebuilds. */
@Configuration(proxyBeanMethods = false)
public class SegmentRebuildSchedule {

    public static final JobKey REBUILD_JOB = JobKey.jobKey("segment-rebuild", "segment");
    public static final JobKey REQUESTED_REBUILD_JOB = JobKey.jobKey("segment-requested-rebuild", "segment");

    @Bean
    public JobDetail requestedRebuildJob() {
        return ScheduledJobs.durable(
                RequestedRebuildJob.class,
                REQUESTED_REBUILD_JOB,
                "Works out the members of one segment, as asked on its page",
                false);
    }

    @Bean
    public JobDetail segmentRebuildJob() {
        return ScheduledJobs.durable(
                SegmentRebuildJob.class, REBUILD_JOB, "Works out the members of every rule segment", false);
    }

    @Bean
    public Trigger segmentRebuildTrigger(
            JobDetail segmentRebuildJob, @Value("${cairn.segments.rebuild-cron:0 0/15 * * * ?}") String cron) {
        return ScheduledJobs.cron(segmentRebuildJob, "segment-rebuild-ticker", "segment", cron);
    }
}
