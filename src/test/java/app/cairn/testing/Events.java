package app.cairn.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Other modules react to an event on event threads after its transaction committed; a test that checks a reaction
 * waits for it here first.
 */
public final class Events {

    private Events() {}

    /** Waits until every event published so far has been handled by its listeners (or has failed). */
    public static void awaitHandled(JdbcClient jdbc) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.sql("""
                                SELECT COUNT(*) FROM EVENT_PUBLICATION
                                WHERE COMPLETION_DATE IS NULL AND (STATUS IS NULL OR STATUS <> 'FAILED')""").query(Long.class).single() == 0);
    }
}
