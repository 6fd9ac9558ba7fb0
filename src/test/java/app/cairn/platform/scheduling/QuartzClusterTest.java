package app.cairn.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import app.cairn.platform.database.EmbeddedMariaDb;
import app.cairn.testing.ChildJvm;
import app.cairn.testing.TestDatabases;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Two or three Quartz nodes with Cairn's cluster settings on one MariaDB database. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class QuartzClusterTest {

    static EmbeddedMariaDb database;
    static JdbcClient jdbc;

    @BeforeAll
    static void startDatabase() {
        database = TestDatabases.startMigrated();
        jdbc = JdbcClient.create(
                new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password()));
        jdbc.sql("""
                CREATE TABLE cluster_fire (
                    id BIGINT AUTO_INCREMENT PRIMARY KEY, job VARCHAR(100) NOT NULL,
                    scheduled_fire_time BIGINT NOT NULL, instance_id VARCHAR(100) NOT NULL, recovering BOOLEAN NOT NULL)""").update();
    }

    /** The database's URL with the account in it, for nodes and jobs that have only a URL to go on. */
    static String signedInUrl() {
        return database.jdbcUrl() + "&user=" + database.username() + "&password=" + database.password();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @BeforeEach
    void clearRecords() {
        jdbc.sql("DELETE FROM cluster_fire").update();
    }

    @Test
    void twoNodesFireEachTriggerExactlyOnce() throws Exception {
        Scheduler nodeA = ClusterNodes.create(signedInUrl(), "node-a");
        Scheduler nodeB = ClusterNodes.create(signedInUrl(), "node-b");
        try {
            nodeA.start();
            nodeB.start();
            long start = System.currentTimeMillis() + 1500;
            for (int i = 0; i < 30; i++) {
                nodeA.scheduleJob(
                        recordingJob("once-" + i),
                        newTrigger()
                                .withIdentity("once-" + i)
                                .startAt(new Date(start + i * 50L))
                                .build());
            }
            nodeB.scheduleJob(
                    recordingJob("repeat"),
                    newTrigger()
                            .withIdentity("repeat")
                            .startAt(new Date(start))
                            .withSchedule(simpleSchedule()
                                    .withIntervalInMilliseconds(200)
                                    .withRepeatCount(19))
                            .build());

            awaitUntil(() -> count() >= 50, Duration.ofSeconds(60));
            Thread.sleep(2000);

            assertThat(count()).isEqualTo(50);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT job, scheduled_fire_time) FROM cluster_fire")
                            .query(Long.class)
                            .single())
                    .as("no trigger fired twice for the same scheduled time")
                    .isEqualTo(50);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM cluster_fire WHERE job = 'repeat'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(20);
        } finally {
            nodeA.shutdown(true);
            nodeB.shutdown(true);
        }
    }

    @Test
    void aJobRequestingRecoveryIsRerunByAnotherNodeWhenItsNodeIsKilled() throws Exception {
        Scheduler survivor = ClusterNodes.create(signedInUrl(), "node-survivor");
        try (ChildJvm doomed = ChildJvm.start(
                ClusterNodeMain.class, "NODE STARTED", Duration.ofMinutes(1), signedInUrl(), "node-doomed")) {
            JobDetail job = newJob(LongRunningJob.class)
                    .withIdentity("long-running")
                    .usingJobData("jdbcUrl", signedInUrl())
                    .requestRecovery(true)
                    .build();
            survivor.scheduleJob(
                    job, newTrigger().withIdentity("long-running").startNow().build());
            awaitUntil(() -> count() == 1, Duration.ofSeconds(30));
            assertThat(rows()).singleElement().satisfies(row -> assertThat(row.get("instance_id"))
                    .isEqualTo("node-doomed"));

            doomed.kill();
            survivor.start();

            awaitUntil(() -> count() == 2, Duration.ofSeconds(60));
            assertThat(rows()).last().satisfies(row -> {
                assertThat(row.get("instance_id")).isEqualTo("node-survivor");
                assertThat(row.get("recovering")).isEqualTo(true);
            });
        } finally {
            survivor.shutdown(true);
        }
    }

    private JobDetail recordingJob(String name) {
        return newJob(RecordingJob.class)
                .withIdentity(name)
                .usingJobData("jdbcUrl", signedInUrl())
                .build();
    }

    private static long count() {
        return jdbc.sql("SELECT COUNT(*) FROM cluster_fire").query(Long.class).single();
    }

    private static List<Map<String, Object>> rows() {
        return jdbc.sql("SELECT instance_id, recovering FROM cluster_fire ORDER BY id")
                .query()
                .listOfRows();
    }

    private static void awaitUntil(Supplier<Boolean> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + timeout + "; rows: " + rows());
            }
            Thread.sleep(100);
        }
    }
}
