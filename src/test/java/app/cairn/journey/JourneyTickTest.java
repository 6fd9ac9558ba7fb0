package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.journey.internal.engine.JourneySchedule;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;

/** A ticker run that uses its whole budget has Quartz run the job again at once; one that finishes early does not. */
class JourneyTickTest {

    private static final Duration BUDGET = Duration.ofMillis(100);
    /** Calls still to use the whole budget (work left), then the work is done. */
    private static final AtomicInteger BUSY_RUNS = new AtomicInteger();

    private static final BlockingQueue<Long> RUNS = new LinkedBlockingQueue<>();

    @DisallowConcurrentExecution
    public static class BusyTicker implements Job {
        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            JourneySchedule.tick(context, BUDGET, budget -> {
                if (BUSY_RUNS.getAndDecrement() > 0) {
                    sleep(budget.toMillis() + 5);
                }
                RUNS.add(System.nanoTime());
            });
        }
    }

    @Test
    void aRunThatUsesItsWholeBudgetIsFollowedAtOnceByAnotherUntilTheWorkIsDone() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "tick-test");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        JobKey key = JobKey.jobKey("busy-ticker");
        scheduler.addJob(
                JobBuilder.newJob(BusyTicker.class)
                        .withIdentity(key)
                        .storeDurably()
                        .build(),
                false);
        BUSY_RUNS.set(3);
        scheduler.start();
        try {
            scheduler.triggerJob(key);

            for (int run = 1; run <= 4; run++) {
                assertThat(RUNS.poll(5, TimeUnit.SECONDS))
                        .as("run %d: three busy runs, each followed by another, then the one that finished early", run)
                        .isNotNull();
            }
            assertThat(RUNS.poll(1, TimeUnit.SECONDS))
                    .as("a run that finished early is not followed by another")
                    .isNull();
        } finally {
            scheduler.shutdown(true);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
