package app.cairn.journey.internal.dispatch;

import app.cairn.journey.internal.engine.JourneySchedule;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Sends the text messages and webhook calls journey steps put out, one run at a time across the cluster. */
@DisallowConcurrentExecution
public class JourneyDispatchJob implements Job {

    private final JourneyDispatcher dispatcher;

    public JourneyDispatchJob(JourneyDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JourneySchedule.tick(context, dispatcher::sendDue);
    }
}
