package app.cairn.messaging;

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
 * The broadcast ticker ({@code cairn.messaging.broadcast-cron}, every 15 seconds by default; a broadcast to send now
 * also starts it at once) and the bounce mailbox reader ({@code cairn.messaging.bounce-cron}).
 */
@Configuration(proxyBeanMethods = false)
class MessagingSchedule {

    static final JobKey BROADCAST_TICKER = JobKey.jobKey("broadcast-ticker", "messaging");
    static final JobKey BOUNCE_READER = JobKey.jobKey("bounce-mailbox", "messaging");

    @Bean
    JobDetail broadcastTickerJob() {
        return JobBuilder.newJob(BroadcastTickerJob.class)
                .withIdentity(BROADCAST_TICKER)
                .withDescription("Queues the messages of every broadcast whose time has come")
                .storeDurably()
                .requestRecovery()
                .build();
    }

    @Bean
    Trigger broadcastTickerTrigger(
            JobDetail broadcastTickerJob, @Value("${cairn.messaging.broadcast-cron:0/15 * * * * ?}") String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(broadcastTickerJob)
                .withIdentity("broadcast-ticker", "messaging")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }

    @Bean
    JobDetail bounceMailboxJob() {
        return JobBuilder.newJob(BounceMailboxJob.class)
                .withIdentity(BOUNCE_READER)
                .withDescription("Reads bounce messages from the bounce mailbox")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger bounceMailboxTrigger(
            JobDetail bounceMailboxJob, @Value("${cairn.messaging.bounce-cron:0 0/5 * * * ?}") String cron) {
        return TriggerBuilder.newTrigger()
                .forJob(bounceMailboxJob)
                .withIdentity("bounce-mailbox", "messaging")
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
