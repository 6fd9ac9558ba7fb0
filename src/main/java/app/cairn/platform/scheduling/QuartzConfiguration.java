package app.cairn.platform.scheduling;

import javax.sql.DataSource;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.scheduling.quartz.SpringBeanJobFactory;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Quartz with the JDBC job store on the application's database, clustered so that every node shares the
 * work and a job interrupted on a dead node is recovered by another. Modules add work by declaring
 * {@link JobDetail} and {@link Trigger} beans. Wired here because the registry
 * used to build Cairn lacks Spring Boot's own Quartz module for this Boot version.
 */
@Configuration(proxyBeanMethods = false)
class QuartzConfiguration {

    /** The classpath resource with the cluster settings, shared with the cluster tests. */
    static final String PROPERTIES = "cairn-quartz.properties";

    @Bean
    SchedulerFactoryBean scheduler(
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            ApplicationContext context,
            ObjectProvider<JobDetail> jobs,
            ObjectProvider<Trigger> triggers,
            @Value("${cairn.scheduler.auto-startup:true}") boolean autoStartup,
            @Value("${cairn.scheduler.name:cairn}") String name) {
        SpringBeanJobFactory jobFactory = new SpringBeanJobFactory();
        jobFactory.setApplicationContext(context);
        SchedulerFactoryBean factory = new SchedulerFactoryBean();
        factory.setConfigLocation(new ClassPathResource(PROPERTIES));
        // Nodes of one cluster share the name. Quartz keeps data sources by scheduler name JVM-wide, so two
        // application contexts in one JVM (tests) need different names.
        factory.setSchedulerName(name);
        factory.setDataSource(dataSource);
        factory.setTransactionManager(transactionManager);
        factory.setJobFactory(jobFactory);
        // modules declare their jobs and triggers as beans; overwriting keeps stored ones in step with the code
        factory.setJobDetails(jobs.orderedStream().toArray(JobDetail[]::new));
        factory.setTriggers(triggers.orderedStream().toArray(Trigger[]::new));
        factory.setOverwriteExistingJobs(true);
        factory.setWaitForJobsToCompleteOnShutdown(true);
        factory.setAutoStartup(autoStartup);
        return factory;
    }
}
