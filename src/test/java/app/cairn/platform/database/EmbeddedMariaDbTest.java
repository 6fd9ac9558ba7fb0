package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class EmbeddedMariaDbTest {

    @Test
    void refusesADataFolderInsideTheTempFolderThatMariaDb4jWouldDelete() {
        Path insideTemp = Path.of(System.getProperty("java.io.tmpdir"), "cairn-data", "mariadb");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(
                        new EmbeddedDatabaseProperties(insideTemp, 0, "cairn", null, false, null, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the temp folder")
                .hasMessageContaining("CAIRN_DATA_DIR");
    }

    @Test
    void startsTheServerWithTheBufferPoolAndRedoLogSizesSet() throws SQLException {
        EmbeddedDatabaseProperties fresh = TestDatabases.freshFolder();
        EmbeddedDatabaseProperties sized =
                new EmbeddedDatabaseProperties(fresh.dataDir(), 0, "cairn", fresh.serverDir(), true, "256M", "192M");

        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(sized);
                Connection connection =
                        DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
                ResultSet sizes = connection
                        .createStatement()
                        .executeQuery("SELECT @@innodb_buffer_pool_size, @@innodb_log_file_size")) {
            assertThat(sizes.next()).isTrue();
            assertThat(sizes.getLong(1)).isEqualTo(256L << 20);
            assertThat(sizes.getLong(2)).isEqualTo(192L << 20);
        }
    }
}
