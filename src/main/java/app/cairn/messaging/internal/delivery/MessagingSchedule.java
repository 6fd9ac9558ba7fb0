package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.internal.bounces.BounceMailboxJob;
import app.cairn.messaging.internal.broadcasts.BroadcastTickerJob;
import app.cairn.shared.ScheduledJobs;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The broadcast ticker ({@code cairn.messaging.broadcast-cron}, every 15 seconds by default; a broadcast to send now
 * also starts it at once) and the bounce mailbox reader ({@code cairn.messaging.bounce-cron}).
 */
@Configuration(proxyBeanMethods = false)
public class MessagingSchedule {

    public static final JobKey BROADCAST_TICKER = JobKey.jobKey("broadcast-ticker", "messaging");
    public static final JobKey BOUNCE_READER = JobKey.jobKey("bounce-mailbox", "messaging");

    @Bean
    public JobDetail broadcastTickerJob() {
        // recoverable: a broadcast whose queueing a dead node left half done is carried on by another at once
        return ScheduledJobs.durable(
                BroadcastTickerJob.class,
                BROADCAST_TICKER,
                "Queues the messages of every broadcast whose time has come",
                true);
    }

    @Bean
    public Trigger broadcastTickerTrigger(
            JobDetail broadcastTickerJob, @Value("${cairn.messaging.broadcast-cron:0/15 * * * * ?}") String cron) {
        return ScheduledJobs.cron(broadcastTickerJob, "broadcast-ticker", "messaging", cron);
    }

    @Bean
    public JobDetail bounceMailboxJob() {
        return ScheduledJobs.durable(
                BounceMailboxJob.class, BOUNCE_READER, "Reads bounce messages from the bounce mailbox", false);
    }

    @Bean
    public Trigger bounceMailboxTrigger(
            JobDetail bounceMailboxJob, @Value("${cairn.messaging.bounce-cron:0 0/5 * * * ?}") String cron) {
        return ScheduledJobs.cron(bounceMailboxJob, "bounce-mailbox", "messaging", cron);
    }
}
