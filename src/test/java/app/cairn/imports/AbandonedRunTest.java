package app.cairn.imports;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.shared.UtcColumns;
import app.cairn.testing.CairnTest;
import java.time.Clock;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A run whose node was killed after this node had started is failed by this node, not left running for ever. */
@CairnTest
class AbandonedRunTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aRunThatStopsReportingWhileThisNodeIsUpIsMarkedFailed() {
        long id = runs.create(ImportKind.CUSTOMERS, "killed.csv", false, "tester", 1_000);
        jdbc.sql("UPDATE import_run SET updated_at = ? WHERE id = ?")
                .params(UtcColumns.toColumn(clock.instant().minus(Duration.ofMinutes(3))), id)
                .update();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> imports.run(id).orElseThrow().status() == ImportStatus.FAILED);
        assertThat(imports.run(id).orElseThrow().message()).contains("interrupted");
    }
}
