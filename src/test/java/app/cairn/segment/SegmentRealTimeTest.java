package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.ingest.ApiKeyManagement;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/** Membership follows one customer's change as soon as it is committed, and says so with events. */
@CairnTest
class SegmentRealTimeTest extends SegmentTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    ConfigurableApplicationContext context;

    final List<Object> published = new CopyOnWriteArrayList<>();
    final Set<Long> mine = ConcurrentHashMap.newKeySet();
    ApplicationListener<PayloadApplicationEvent<Object>> listener;

    @BeforeEach
    void listen() {
        // other tests' segments live in the shared database too: keep only what concerns this test's segments
        listener = event -> {
            if ((event.getPayload() instanceof SegmentEntered entered && mine.contains(entered.segmentId()))
                    || (event.getPayload() instanceof SegmentExited exited && mine.contains(exited.segmentId()))) {
                published.add(event.getPayload());
            }
        };
        context.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(listener);
    }

    @Test
    void anOrderIngestedThroughTheApiMovesItsCustomerIntoASegmentAndATagRemovedMovesThemOut() throws Exception {
        SegmentFixtures shop = newShop();
        long buyer = shop.customer("Pia", "DE", Instant.parse("2025-01-01T00:00:00Z"));
        Segment bigSpenders = segments.create(
                "Big spenders " + shop.tag,
                null,
                shop.only(RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "100")));
        mine.add(bigSpenders.id());
        segments.rebuild(bigSpenders.id());
        assertThat(membership.memberIds(bigSpenders.id(), 0, 10)).isEmpty();

        HttpResponse<String> response =
                postOrder(customers.find(buyer).orElseThrow().email(), "60.00");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        awaitMembers(bigSpenders.id(), List.of(buyer));
        assertThat(published).singleElement().isInstanceOfSatisfying(SegmentEntered.class, entered -> {
            assertThat(entered.segmentId()).isEqualTo(bigSpenders.id());
            assertThat(entered.customerId()).isEqualTo(buyer);
        });
        assertThat(segments.find(bigSpenders.id()).orElseThrow().members()).isOne();

        customers.untag(buyer, shop.tag, "test");

        awaitMembers(bigSpenders.id(), List.of());
        assertThat(published).hasSize(2).last().isInstanceOf(SegmentExited.class);
        assertThat(segments.find(bigSpenders.id()).orElseThrow().members()).isZero();
    }

    @Test
    void aChangeOnlyWorksOutTheSegmentsThatReadSuchData() {
        SegmentFixtures shop = newShop();
        long customer = shop.customer("Quin", "DE", Instant.parse("2025-01-01T00:00:00Z"));
        Segment carts = segments.create(
                "Carts " + shop.tag,
                null,
                shop.only(RuleCondition.keyed(RuleField.EVENT, "ADDED_TO_CART", RuleOperator.COUNT_AT_LEAST, "1")));

        commerce.recordEvent(customer, app.cairn.commerce.EventType.PRODUCT_VIEWED, null, Instant.now(), null);
        Events.awaitHandled(jdbcClient);
        assertThat(membership.memberIds(carts.id(), 0, 10))
                .as("a view is not read by this rule")
                .isEmpty();
        commerce.recordEvent(customer, app.cairn.commerce.EventType.ADDED_TO_CART, null, Instant.now(), null);
        Events.awaitHandled(jdbcClient);
        assertThat(membership.memberIds(carts.id(), 0, 10)).containsExactly(customer);
    }

    private void awaitMembers(long segment, List<Long> expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!membership.memberIds(segment, 0, 10).equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(membership.memberIds(segment, 0, 10)).isEqualTo(expected);
    }

    private HttpResponse<String> postOrder(String email, String unitPrice) throws Exception {
        String order = """
                {"orderNumber":"RT-%d","customerEmail":"%s","placedAt":"2025-06-01T10:00:00Z","status":"paid",
                 "currency":"EUR","lines":[{"sku":"RT-SKU","quantity":2,"unitPrice":%s}]}""".formatted(System.nanoTime(), email, unitPrice);
        String key = keys.create("segment test", "admin").secret();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/orders"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + key)
                                .POST(HttpRequest.BodyPublishers.ofString(order))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
