package app.cairn.customer;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scan job and its nightly trigger ({@code cairn.duplicates.scan-cron}, a Quartz cron expression). */
@Configuration(proxyBeanMethods = false)
class DuplicateScanSchedule {

    @Bean
    JobDetail duplicateScanJob() {
        return JobBuilder.newJob(DuplicateScanJob.class)
                .withIdentity(CustomerDuplicates.SCAN_JOB)
                .withDescription("Finds pairs of customers that may be one person")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger duplicateScanTrigger(
            JobDetail duplicateScanJob, @Value("${cairn.duplicates.scan-cron:0 30 2 * * ?}") String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(duplicateScanJob)
                .withIdentity("duplicate-scan-nightly", "customer")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
