package app.cairn.journey;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * A ticker of the journey engine: takes the due steps ({@link JourneySchedule#tick}), those in the fast lane
 * first. Two such jobs run side by side across the cluster; the enrolments they claim never overlap.
 */
@DisallowConcurrentExecution
class JourneyEngineJob implements Job {

    private final JourneyEngine engine;

    JourneyEngineJob(JourneyEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JourneySchedule.tick(context, engine::runDue);
    }
}
