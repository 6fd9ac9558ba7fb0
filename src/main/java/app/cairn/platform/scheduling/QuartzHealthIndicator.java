package app.cairn.platform.scheduling;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Reports the scheduler up when it runs (started, not paused, not shut down), with its node id. */
@Component("quartz")
class QuartzHealthIndicator extends AbstractHealthIndicator {

    private final Scheduler scheduler;

    QuartzHealthIndicator(Scheduler scheduler) {
        super("Quartz scheduler check failed");
        this.scheduler = scheduler;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws SchedulerException {
        boolean running = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        var metaData = scheduler.getMetaData();
        (running ? builder.up() : builder.down())
                .withDetail("instanceId", scheduler.getSchedulerInstanceId())
                .withDetail("clustered", metaData.isJobStoreClustered())
                .withDetail(
                        "jobs", scheduler.getJobKeys(GroupMatcher.anyGroup()).size())
                .withDetail("jobsExecuted", metaData.getNumberOfJobsExecuted());
    }
}
