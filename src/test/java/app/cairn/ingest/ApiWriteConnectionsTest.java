package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import com.jayway.jsonpath.JsonPath;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * An API write holds one pooled connection and never waits for a second: the segment reactions to it run on event
 * threads after its connection is back in the pool. (When the reaction ran in the request's thread, it asked for a
 * second connection while holding the first, and about 20 parallel writes on a pool of 10 stalled the application.)
 */
@CairnTest
class ApiWriteConnectionsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentMembership membership;

    @Autowired
    HikariDataSource pool;

    @Autowired
    ThreadPoolTaskExecutor applicationTaskExecutor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWriteSucceedsWithOneFreeConnectionWhileEveryEventThreadIsBusyAndItsReactionFollowsLater() throws Exception {
        String tag = "one-conn-" + UUID.randomUUID().toString().substring(0, 8);
        Segment tagged = segments.create(
                "Tagged " + tag, null, RuleGroup.all(RuleCondition.of(RuleField.TAG, RuleOperator.IS, tag)));
        Events.awaitHandled(jdbc);
        String key = keys.create("one connection", "admin").secret();
        String body = "{\"email\":\"%s\",\"firstName\":\"Ola\",\"tags\":[\"%s\"]}"
                .formatted(CustomerFixtures.uniqueEmail("oneconn"), tag);

        CountDownLatch release = new CountDownLatch(1);
        occupyEventThreads(release);
        List<Connection> held = new ArrayList<>();
        HttpResponse<String> response;
        try {
            for (int i = 0; i < pool.getMaximumPoolSize() - 1; i++) {
                held.add(pool.getConnection());
            }
            response = put(body, key);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            release.countDown();
        }

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        long customer = JsonPath.<Number>read(response.body(), "$.id").longValue();
        Events.awaitHandled(jdbc);
        assertThat(membership.memberIds(tagged.id(), 0, 10)).containsExactly(customer);
    }

    private void occupyEventThreads(CountDownLatch release) throws InterruptedException {
        int threads = applicationTaskExecutor.getMaxPoolSize();
        CountDownLatch busy = new CountDownLatch(threads);
        for (int i = 0; i < threads; i++) {
            applicationTaskExecutor.execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        busy.await();
    }

    private HttpResponse<String> put(String body, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/customers"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
