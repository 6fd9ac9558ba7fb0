package app.cairn.journey.internal.engine;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * A ticker of the journey engine: takes the due steps ({@link JourneySchedule#tick}), those in the fast lane
 * first. Two such jobs run side by side across the cluster; the enrolments they claim never overlap.
 */
@DisallowConcurrentExecution
public class JourneyEngineJob implements Job {

    private final JourneyEngine engine;

    public JourneyEngineJob(JourneyEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JourneySchedule.tick(context, engine::runDue);
    }
}
