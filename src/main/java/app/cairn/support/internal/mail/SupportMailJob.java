package app.cairn.support.internal.mail;

import app.cairn.support.SupportMailboxes;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Reads every enabled support mailbox, one run at a time across the cluster. */
@DisallowConcurrentExecution
public class SupportMailJob implements Job {

    private final SupportMailboxes mailboxes;

    public SupportMailJob(SupportMailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public void execute(JobExecutionContext context) {
        mailboxes.readAll();
    }
}
