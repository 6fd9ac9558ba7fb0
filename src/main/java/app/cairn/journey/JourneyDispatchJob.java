package app.cairn.journey;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Sends the text messages and webhook calls journey steps put out, one run at a time across the cluster. */
@DisallowConcurrentExecution
class JourneyDispatchJob implements Job {

    private final JourneyDispatcher dispatcher;

    JourneyDispatchJob(JourneyDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JourneySchedule.tick(context, dispatcher::sendDue);
    }
}
