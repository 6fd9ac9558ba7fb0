package app.cairn.platform.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
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
}
