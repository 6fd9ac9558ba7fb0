package app.cairn.textanalysis.internal.training;

import app.cairn.shared.ScheduledJobs;
import app.cairn.textanalysis.ModelTask;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Retrains the sentiment and intent models on the shop's labels ({@code cairn.textanalysis.retrain-cron}, weekly). */
@DisallowConcurrentExecution
public class RetrainingJob implements Job {

    private static final Logger LOG = LoggerFactory.getLogger(RetrainingJob.class);

    private final Retraining retraining;

    public RetrainingJob(Retraining retraining) {
        this.retraining = retraining;
    }

    @Override
    public void execute(JobExecutionContext context) {
        for (ModelTask task : ModelTask.values()) {
            var outcome = retraining.retrain(task);
            LOG.info("Retraining the {} model: {} ({})", task, outcome.result(), outcome.message());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Schedule {

        static final JobKey KEY = JobKey.jobKey("text-retraining", "textanalysis");

        @Bean
        JobDetail textRetrainingJob() {
            return ScheduledJobs.durable(
                    RetrainingJob.class, KEY, "Retrains the text models on the shop's labels", false);
        }

        @Bean
        Trigger textRetrainingTrigger(
                JobDetail textRetrainingJob, @Value("${cairn.textanalysis.retrain-cron:0 0 3 ? * SUN}") String cron) {
            return ScheduledJobs.cron(textRetrainingJob, "text-retraining", "textanalysis", cron);
        }
    }
}
