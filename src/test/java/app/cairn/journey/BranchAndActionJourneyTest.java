package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.LegalBasis;
import app.cairn.journey.internal.dispatch.WebhookSignature;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Condition branches, random splits, experiments, profile and segment changes, webhooks and text messages. */
@CairnTest
class BranchAndActionJourneyTest extends JourneyTestSupport {

    @Autowired
    JsonMapper json;

    @Autowired
    JourneyStatistics statistics;

    private final List<HttpServer> sinks = new ArrayList<>();

    /** A request a sink received. */
    record Received(String path, Map<String, List<String>> headers, String body) {}

    @AfterEach
    void stopSinks() {
        sinks.forEach(s -> s.stop(0));
    }

    @Test
    void aConditionSendsMatchingCustomersOneWayAndTheOthersTheOther() throws Exception {
        long tokyo = customer("Kei", "Asia/Tokyo", null);
        long berlin = customer("Bea", "Europe/Berlin", null);
        Segment vip = list(List.of());
        List<Received> calls = new CopyOnWriteArrayList<>();
        AtomicInteger failFirst = new AtomicInteger(1);
        int port = sink(0, calls, failFirst);
        String rule = json.writeValueAsString(RuleCondition.of(RuleField.TIME_ZONE, RuleOperator.EQUALS, "Asia/Tokyo"));
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("asia", NodeType.BRANCH_CONDITION, settings("rule", rule))
                .step("tag", NodeType.UPDATE_PROFILE, settings("field", "tag", "value", "asia-pacific"))
                .step(
                        "vip",
                        NodeType.SEGMENT_MEMBERSHIP,
                        settings("segment", String.valueOf(vip.id()), "change", "add"))
                .step(
                        "hook",
                        NodeType.WEBHOOK,
                        settings("url", "http://127.0.0.1:" + port + "/hook", "secret", "s3cret"))
                .step("offer", NodeType.UPDATE_PROFILE, settings("field", "offer", "value", "europe-10"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "asia")
                .link("asia", "yes", "tag")
                .link("tag", "next", "vip")
                .link("vip", "next", "hook")
                .link("hook", "next", "done")
                .link("asia", "no", "offer")
                .link("offer", "next", "done")
                .graph());

        journeys.enrol(journey.id(), List.of(tokyo, berlin));
        run();
        dispatcher.sendDue(Duration.ofSeconds(30));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        dispatcher.sendDue(Duration.ofSeconds(30));

        assertThat(path(journey.id(), tokyo))
                .containsExactly("entry:next", "asia:yes", "tag:next", "vip:next", "hook:next", "done:-");
        assertThat(path(journey.id(), berlin)).containsExactly("entry:next", "asia:no", "offer:next", "done:-");
        assertThat(customers.find(tokyo).orElseThrow().tags()).contains("asia-pacific");
        assertThat(customers.find(berlin).orElseThrow().attributes()).containsEntry("offer", "europe-10");
        assertThat(membership.membersAmong(vip.id(), List.of(tokyo, berlin))).containsExactly(tokyo);
        assertThat(calls)
                .as("the first call failed with 500 and was made again a minute later")
                .hasSize(2);
        Received call = calls.getLast();
        assertThat(call.body()).isEqualTo(calls.getFirst().body());
        assertThat(json.readTree(call.body()).get("customer").get("id").asLong())
                .isEqualTo(tokyo);
        String signature = call.headers().get("Cairn-signature").getFirst();
        String time = signature.substring(2, signature.indexOf(','));
        assertThat(signature).endsWith("v1=" + WebhookSignature.hmac("s3cret", time + "." + call.body()));
        assertThat(call.headers().get("Idempotency-key"))
                .containsExactly(
                        calls.getFirst().headers().get("Idempotency-key").getFirst());
    }

    @Test
    void aTextMessageGoesOnlyToCustomersWithANumberWhoAgreedAndSaysWhyTheOthersGotNone() throws Exception {
        long agreed = customers.create(
                new CustomerDetails(
                        CustomerFixtures.uniqueEmail("sms"),
                        "Sam",
                        "Tester",
                        "+49 30 1234567",
                        "DE",
                        "Berlin",
                        "Europe/Berlin",
                        "de",
                        null),
                SIGNUP,
                "test");
        customers.setConsent(agreed, ConsentChannel.SMS, true, "checkout", LegalBasis.CONSENT, "tester");
        long refused = customers.create(
                new CustomerDetails(
                        CustomerFixtures.uniqueEmail("nosms"),
                        "Nik",
                        "Tester",
                        "+49 30 7654321",
                        "DE",
                        "Berlin",
                        "Europe/Berlin",
                        "de",
                        null),
                SIGNUP,
                "test");
        List<Received> texts = new CopyOnWriteArrayList<>();
        sink(18089, texts, new AtomicInteger());
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("text", NodeType.SEND_SMS, settings("text", "Hi {{ first_name }}, your code is SPRING"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "text")
                .link("text", "next", "done")
                .graph());

        journeys.enrol(journey.id(), List.of(agreed, refused));
        run();
        dispatcher.sendDue(Duration.ofSeconds(30));

        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.path()).isEqualTo("/sms");
            assertThat(text.headers().get("Authorization")).containsExactly("Bearer test-token");
            assertThat(json.readTree(text.body()).get("to").asString()).isEqualTo("+49301234567");
            assertThat(json.readTree(text.body()).get("text").asString()).isEqualTo("Hi Sam, your code is SPRING");
            assertThat(json.readTree(text.body()).get("from").asString()).isEqualTo("CairnShop");
        });
        assertThat(jdbc.sql("""
                        SELECT s.note FROM journey_step s JOIN journey_enrolment e ON e.id = s.enrolment_id
                        WHERE e.journey_id = ? AND e.customer_id = ? AND s.node_id = 'text'""")
                        .params(journey.id(), refused)
                        .query(String.class)
                        .single())
                .isEqualTo("journey.note.sms-no-consent");
    }

    @Test
    void aRandomSplitFollowsItsPercentagesAndAnExperimentRoutesNewEntrantsToItsWinner() {
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            people.add(customer("P" + i, "Europe/Berlin", null));
        }
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("split", NodeType.SPLIT_RANDOM, settings("percentages", "80,20"))
                .step(
                        "test",
                        NodeType.EXPERIMENT,
                        settings("percentages", "50,50", "goal", "ORDER_PLACED", "route", "yes"))
                .step("a", NodeType.EXIT, settings())
                .step("b", NodeType.EXIT, settings())
                .link("entry", "next", "split")
                .link("split", "a", "test")
                .link("split", "b", "test")
                .link("test", "a", "a")
                .link("test", "b", "b")
                .graph());

        journeys.enrol(journey.id(), people);
        run();

        Map<String, Long> split = statistics.steps(journey.id()).get("split").outputs();
        assertThat(split.get("a")).isBetween(140L, 180L);
        assertThat(split.get("a") + split.get("b")).isEqualTo(200);
        List<Long> inA = new ArrayList<>();
        List<Long> inB = new ArrayList<>();
        for (long person : people) {
            (standing(journey.id(), person).node().equals("a") ? inA : inB).add(person);
        }
        clock.advance(Duration.ofHours(1));
        inA.subList(0, inA.size() / 2).forEach(this::order);
        inB.subList(0, 2).forEach(this::order);
        Events.awaitHandled(jdbc); // conversions are counted on an event thread after each order's commit

        ExperimentOutcome outcome = statistics.experiments(journey.id()).get("test");
        assertThat(outcome.winner()).contains("a");
        assertThat(outcome.variants().getFirst().converted()).isEqualTo(inA.size() / 2);

        long late = customer("Late", "Europe/Berlin", null);
        journeys.enrol(journey.id(), List.of(late));
        run();
        assertThat(path(journey.id(), late))
                .containsExactly("entry:next", "split:" + splitOf(journey, late), "test:a", "a:-");
    }

    @Test
    void aWebhookToALoopbackAddressIsNotPublished() {
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("hook", NodeType.WEBHOOK, settings("url", "http://127.0.0.2:8080/hook", "secret", "s"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "hook")
                .link("hook", "next", "done")
                .graph();
        Journey draft = journeys.create("Internal hook " + tag, graph, "tester");

        assertThatThrownBy(() -> journeys.publish(draft.id(), "tester"))
                .isInstanceOfSatisfying(JourneyNotPublishable.class, refused -> assertThat(refused.problems())
                        .containsExactly(new JourneyProblem(
                                "hook", "journey.problem.url-internal", "http://127.0.0.2:8080/hook")));
    }

    @Test
    void aWebhookWhoseHostResolvesInsideTheNetworkIsNeverCalledAndFailsForGood() throws Exception {
        String ownName = InetAddress.getLocalHost().getHostName();
        List<Received> calls = new CopyOnWriteArrayList<>();
        int port = sink(0, calls, new AtomicInteger());
        String url = "http://" + ownName + ":" + port + "/hook";
        long kei = customer("Kei", "Asia/Tokyo", null);
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("hook", NodeType.WEBHOOK, settings("url", url, "secret", "s3cret"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "hook")
                .link("hook", "next", "done")
                .graph());

        journeys.enrol(journey.id(), List.of(kei));
        run();
        dispatcher.sendDue(Duration.ofSeconds(30));

        assertThat(calls).isEmpty();
        var outcome = jdbc.sql("SELECT status, last_error FROM journey_dispatch WHERE target = ?")
                .param(url)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
                .single();
        assertThat(outcome.getFirst()).isEqualTo("FAILED");
        assertThat(outcome.getLast()).contains("Cairn does not call " + ownName).contains("loopback");
    }

    private String splitOf(Journey journey, long customer) {
        return path(journey.id(), customer).get(1).substring("split:".length());
    }

    private void order(long customer) {
        commerce.recordOrder(new OrderData(
                "EXP-" + System.nanoTime(),
                customer,
                clock.instant(),
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("SKU-" + tag, "Thing", 1, new BigDecimal("30.00")))));
    }

    /** An HTTP sink on the port (0: any free one) that answers 500 while {@code failures} lasts, then 200. */
    private int sink(int port, List<Received> received, AtomicInteger failures) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(
                    new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
            int status = failures.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        sinks.add(server);
        return server.getAddress().getPort();
    }
}
