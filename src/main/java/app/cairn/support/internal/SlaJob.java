package app.cairn.support.internal;

import app.cairn.shared.ScheduledJobs;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The SLA ticker: warnings and breaches, one run at a time across the cluster ({@code cairn.support.sla-cron}). */
@DisallowConcurrentExecution
public class SlaJob implements Job {

    private final SlaWatch watch;

    public SlaJob(SlaWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(JobExecutionContext context) {
        watch.tick();
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final JobKey KEY = JobKey.jobKey("support-sla", "support");

        @Bean
        JobDetail supportSlaJob() {
            return ScheduledJobs.durable(SlaJob.class, KEY, "Warns of and escalates SLA breaches", false);
        }

        @Bean
        Trigger supportSlaTrigger(
                JobDetail supportSlaJob, @Value("${cairn.support.sla-cron:0 * * * * ?}") String cron) {
            return ScheduledJobs.cron(supportSlaJob, "support-sla", "support", cron);
        }
    }
}
