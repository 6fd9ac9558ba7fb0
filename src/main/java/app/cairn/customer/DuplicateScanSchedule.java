package app.cairn.customer;

import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scan job and its nightly trigger ({@code cairn.duplicates.scan-cron}, a Quartz cron expression). */
@Configuration(proxyBeanMethods = false)
class DuplicateScanSchedule {

    @Bean
    JobDetail duplicateScanJob() {
        return ScheduledJobs.durable(
                DuplicateScanJob.class,
                CustomerDuplicates.SCAN_JOB,
                "Finds pairs of customers that may be one person",
                false);
    }

    @Bean
    Trigger duplicateScanTrigger(
            JobDetail duplicateScanJob, @Value("${cairn.duplicates.scan-cron:0 30 2 * * ?}") String cron) {
        return ScheduledJobs.cron(duplicateScanJob, "duplicate-scan-nightly", "customer", cron);
    }
}
