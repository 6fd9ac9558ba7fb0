package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.ChildJvm;
import app.cairn.testing.TestDatabases;
import java.sql.DriverManager;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Done-means 3: after {@code kill -9} the app starts again on the same data, the orphaned server handled. */
class StaleServerRecoveryTest {

    @Test
    void startsAgainAfterTheProcessThatOwnedTheDatabaseWasKilled() throws Exception {
        EmbeddedDatabaseProperties folder = TestDatabases.freshFolder();
        try (ChildJvm first = ChildJvm.start(
                StaleServerNode.class,
                "READY",
                Duration.ofMinutes(2),
                folder.dataDir().toString(),
                folder.serverDir().toString())) {
            first.kill();
        }
        assertThat(ProcessHandle.allProcesses().filter(p -> StaleServerReaper.servesDataDir(p, folder.dataDir())))
                .as("kill -9 leaves the MariaDB server running")
                .hasSize(1);

        try (EmbeddedMariaDb restarted = EmbeddedMariaDb.start(folder);
                var connection = DriverManager.getConnection(restarted.jdbcUrl(), restarted.username(), "");
                var result = connection.createStatement().executeQuery("SELECT note FROM survivor")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("written before kill -9");
            assertThat(ProcessHandle.allProcesses().filter(p -> StaleServerReaper.servesDataDir(p, folder.dataDir())))
                    .hasSize(1);
        }
        assertThat(ProcessHandle.allProcesses().filter(p -> StaleServerReaper.servesDataDir(p, folder.dataDir())))
                .isEmpty();
    }
}
