package app.cairn.customer;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Runs the duplicate scan; one at a time across the cluster. */
@DisallowConcurrentExecution
class DuplicateScanJob implements Job {

    private final CustomerDuplicates duplicates;

    DuplicateScanJob(CustomerDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    @Override
    public void execute(JobExecutionContext context) {
        duplicates.scan();
    }
}
