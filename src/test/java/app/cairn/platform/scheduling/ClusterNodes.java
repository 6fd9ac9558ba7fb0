package app.cairn.platform.scheduling;

import java.io.IOException;
import java.io.InputStream;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Quartz nodes with Cairn's own cluster settings ({@code cairn-quartz.properties}) on a shared database,
 * each with its own instance id, checking in every second so that failover is quick to observe.
 */
final class ClusterNodes {

    private ClusterNodes() {}

    /** A node on the database at {@code jdbcUrl}, which carries the account ({@code user}, {@code password}). */
    static Scheduler create(String jdbcUrl, String instanceId) throws SchedulerException, IOException {
        Properties properties = new Properties();
        try (InputStream in = ClusterNodes.class.getClassLoader().getResourceAsStream(QuartzConfiguration.PROPERTIES)) {
            properties.load(in);
        }
        properties.setProperty("org.quartz.scheduler.instanceId", instanceId);
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        // Quartz keeps data sources JVM-wide by name: each node needs its own, or stopping one closes the other's pool.
        String dataSource = "cairn-" + instanceId;
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        properties.setProperty("org.quartz.dataSource." + dataSource + ".URL", jdbcUrl);
        properties.setProperty("org.quartz.dataSource." + dataSource + ".user", parameter(jdbcUrl, "user"));
        properties.setProperty("org.quartz.dataSource." + dataSource + ".password", parameter(jdbcUrl, "password"));
        properties.setProperty("org.quartz.dataSource." + dataSource + ".driver", "com.mysql.cj.jdbc.Driver");
        properties.setProperty("org.quartz.dataSource." + dataSource + ".provider", "hikaricp");
        properties.setProperty("org.quartz.dataSource." + dataSource + ".maxConnections", "5");
        StdSchedulerFactory factory = new StdSchedulerFactory();
        factory.initialize(properties);
        Scheduler scheduler = factory.getScheduler();
        // Quartz hands out the scheduler already registered under a name: unregister it, so that the next node made
        // in this JVM is a scheduler of its own and not the same one again.
        SchedulerRepository.getInstance().remove(scheduler.getSchedulerName());
        return scheduler;
    }

    // Quartz's pool reads the account from its own settings, not from the URL
    private static String parameter(String jdbcUrl, String name) {
        return java.util.Arrays.stream(
                        jdbcUrl.substring(jdbcUrl.indexOf('?') + 1).split("&"))
                .filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No " + name + " in " + jdbcUrl));
    }

    /** Records one execution of a job in the shared database. */
    static void record(String jdbcUrl, String job, long scheduledFireTime, String instanceId, boolean recovering)
            throws SQLException {
        try (var connection = DriverManager.getConnection(jdbcUrl);
                var insert = connection.prepareStatement(
                        "INSERT INTO cluster_fire (job, scheduled_fire_time, instance_id, recovering) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setLong(2, scheduledFireTime);
            insert.setString(3, instanceId);
            insert.setBoolean(4, recovering);
            insert.executeUpdate();
        }
    }
}
