package app.cairn.journey.internal.entries;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Enrols customers whose day (birthday, signup anniversary) has come, one run at a time across the cluster. */
@DisallowConcurrentExecution
public class JourneyDateJob implements Job {

    private final DateEntries dateEntries;

    public JourneyDateJob(DateEntries dateEntries) {
        this.dateEntries = dateEntries;
    }

    @Override
    public void execute(JobExecutionContext context) {
        dateEntries.enrolDue();
    }
}
