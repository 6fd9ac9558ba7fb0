package app.cairn.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.testing.ChildJvm;
import app.cairn.testing.ExternalMariaDbServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A node is killed with {@code kill -9} after an order's transaction committed and before its reactions ran: the
 * next node to start hands them over, and the customer enters the segment the order qualifies them for.
 */
class EventKillTest {

    @Test
    void aReactionLeftByANodeKilledAfterTheCommitIsHandledByTheNextNodeToStart() throws Exception {
        try (ExternalMariaDbServer server = ExternalMariaDbServer.start()) {
            JdbcClient db = JdbcClient.create(new DriverManagerDataSource(
                    server.jdbcUrl(), ExternalMariaDbServer.USER, ExternalMariaDbServer.PASSWORD));
            long customer;
            long segment;
            try (ChildJvm first = ChildJvm.start(
                    EventNodeMain.class, "COMMITTED", Duration.ofMinutes(3), server.jdbcUrl(), "publish")) {
                String[] committed = first.output()
                        .lines()
                        .filter(line -> line.startsWith("COMMITTED "))
                        .findFirst()
                        .orElseThrow()
                        .split(" ");
                customer = Long.parseLong(committed[1]);
                segment = Long.parseLong(committed[2]);
                first.kill();
            }

            assertThat(members(db, segment, customer))
                    .as("the reaction died with the node")
                    .isZero();
            assertThat(db.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                            .query(Long.class)
                            .single())
                    .as("the order's publications were committed with it")
                    .isPositive();

            try (ChildJvm second =
                    ChildJvm.start(EventNodeMain.class, "RESUMED", Duration.ofMinutes(3), server.jdbcUrl(), "resume")) {
                await().atMost(Duration.ofSeconds(60)).until(() -> members(db, segment, customer) == 1);
                second.kill();
            }
        }
    }

    private static long members(JdbcClient db, long segment, long customer) {
        return db.sql("SELECT COUNT(*) FROM segment_member WHERE segment_id = ? AND customer_id = ?")
                .params(segment, customer)
                .query(Long.class)
                .single();
    }
}
