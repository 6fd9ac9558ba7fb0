package app.cairn.platform.events;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Resubmits unhandled event publications; one run at a time across the cluster. */
@DisallowConcurrentExecution
class EventResubmissionJob implements Job {

    private final EventResubmission resubmission;

    EventResubmissionJob(EventResubmission resubmission) {
        this.resubmission = resubmission;
    }

    @Override
    public void execute(JobExecutionContext context) {
        resubmission.resubmit();
    }
}
