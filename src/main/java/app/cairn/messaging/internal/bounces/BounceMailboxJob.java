package app.cairn.messaging.internal.bounces;

import jakarta.mail.MessagingException;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the bounce mailbox, one run at a time across the cluster; a mailbox that cannot be reached is logged. */
@DisallowConcurrentExecution
public class BounceMailboxJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(BounceMailboxJob.class);

    private final BounceMailboxReader reader;

    public BounceMailboxJob(BounceMailboxReader reader) {
        this.reader = reader;
    }

    @Override
    public void execute(JobExecutionContext context) {
        try {
            int bounced = reader.read();
            if (bounced > 0) {
                log.info("{} bounces read from the bounce mailbox", bounced);
            }
        } catch (MessagingException unreachable) {
            log.warn("The bounce mailbox could not be read: {}", unreachable.getMessage());
        }
    }
}
