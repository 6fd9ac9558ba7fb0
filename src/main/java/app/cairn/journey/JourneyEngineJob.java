package app.cairn.journey;

import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * A ticker of the journey engine: takes the due steps for up to {@link #BUDGET}. Two such jobs run side by side
 * across the cluster; the enrolments they claim never overlap. The first takes the oldest due steps first, the
 * second ({@link JourneySchedule#ENGINE_B}) the newest, so fresh entries are not held up by a backlog.
 */
@DisallowConcurrentExecution
class JourneyEngineJob implements Job {

    static final Duration BUDGET = Duration.ofSeconds(50);

    private final JourneyEngine engine;

    JourneyEngineJob(JourneyEngine engine) {
        this.engine = engine;
    }

    @Override
    public void execute(JobExecutionContext context) {
        engine.runDue(
                BUDGET, JourneySchedule.ENGINE_B.equals(context.getJobDetail().getKey()));
    }
}
