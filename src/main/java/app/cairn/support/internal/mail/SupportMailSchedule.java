package app.cairn.support.internal.mail;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** When the support mailboxes are read ({@code cairn.support.mail-cron}, every 30 seconds by default). */
@Configuration(proxyBeanMethods = false)
class SupportMailSchedule {

    static final JobKey READER = JobKey.jobKey("support-mail", "support");

    @Bean
    JobDetail supportMailJob() {
        return ScheduledJobs.durable(SupportMailJob.class, READER, "Reads the support mailboxes", false);
    }

    @Bean
    Trigger supportMailTrigger(
            JobDetail supportMailJob, @Value("${cairn.support.mail-cron:0/30 * * * * ?}") String cron) {
        return ScheduledJobs.cron(supportMailJob, "support-mail", "support", cron);
    }
}
