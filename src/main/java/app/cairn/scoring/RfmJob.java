package app.cairn.scoring;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Works out RFM scores and clusters again; one run at a time across the cluster of app nodes. */
@DisallowConcurrentExecution
class RfmJob implements Job {

    private final CustomerScoring scoring;

    RfmJob(CustomerScoring scoring) {
        this.scoring = scoring;
    }

    @Override
    public void execute(JobExecutionContext context) {
        scoring.scoreCustomers();
    }
}
