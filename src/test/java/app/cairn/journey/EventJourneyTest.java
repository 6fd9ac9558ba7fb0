package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.ingest.ApiKeyManagement;
import app.cairn.messaging.EmailTemplate;
import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Event entries, event waits and goals, with the events and orders sent through the ingest API. */
@CairnTest
class EventJourneyTest extends JourneyTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    JourneyStatistics statistics;

    private final HttpClient http = HttpClient.newHttpClient();
    private String key;

    @BeforeEach
    void createKey() {
        key = keys.create("journey test " + tag, "admin").secret();
    }

    @Test
    void anAbandonedCartOverFiftyGetsAReminderUnlessOrderedAndTheOrderAfterItCountsAsConversion() throws Exception {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        long cy = subscriber("Cy");
        EmailTemplate reminder = template("Your cart, {{ first_name }}", "<p>Still thinking it over?</p>");
        Journey journey = publish(JourneyFixtures.draw()
                .step(
                        "entry",
                        NodeType.ENTRY_EVENT,
                        settings("event", "ADDED_TO_CART", "property", "cart_value", "operator", "gt", "value", "50"))
                .step("wait", NodeType.WAIT_EVENT, settings("event", "ORDER_PLACED", "timeout", "PT4H"))
                .step("reminder", NodeType.SEND_EMAIL, settings("template", String.valueOf(reminder.id())))
                .step("goal", NodeType.GOAL, settings("event", "ORDER_PLACED", "within", "P3D"))
                .step("bought", NodeType.EXIT, settings())
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "happened", "bought")
                .link("wait", "timeout", "reminder")
                .link("reminder", "next", "goal")
                .link("goal", "next", "done")
                .graph());

        assertThat(event(ada, "added_to_cart", "{\"cart_value\":80}")).isEqualTo(201);
        assertThat(event(bo, "added_to_cart", "{\"cart_value\":20}")).isEqualTo(201);
        assertThat(event(cy, "added_to_cart", "{\"cart_value\":95.5}")).isEqualTo(201);
        run();
        clock.advance(Duration.ofHours(1));
        assertThat(order(cy, "40.00")).isEqualTo(201);
        run();

        assertThat(path(journey.id(), cy)).containsExactly("entry:next", "wait:happened", "bought:-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journey_enrolment WHERE journey_id = ? AND customer_id = ?")
                        .params(journey.id(), bo)
                        .query(Long.class)
                        .single())
                .as("a cart of 20 does not pass the filter")
                .isZero();

        clock.advance(Duration.ofHours(3).plusMinutes(1));
        run();
        awaitMail(1);
        assertThat(mailTo(email(ada))).extracting(MimeMessage::getSubject).containsExactly("Your cart, Ada");
        assertThat(standing(journey.id(), ada).node()).isEqualTo("goal");

        clock.advance(Duration.ofDays(1));
        assertThat(order(ada, "120.00")).isEqualTo(201);
        run();

        assertThat(path(journey.id(), ada))
                .containsExactly("entry:next", "wait:timeout", "reminder:next", "goal:next", "done:-");
        StepStatistics goal = statistics.steps(journey.id()).get("goal");
        assertThat(goal.converted()).isEqualTo(1);
        assertThat(goal.revenue()).isEqualByComparingTo("120.00");
        assertThat(statistics.steps(journey.id()).get("entry").entered()).isEqualTo(2);
        assertThat(statistics.steps(journey.id()).get("wait").outputs())
                .containsEntry("happened", 1L)
                .containsEntry("timeout", 1L);
    }

    @Test
    void aGoalThatEndsTheJourneyDrawsACustomerWhoMeetsItFromAWait() throws Exception {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        EmailTemplate nudge = template("Come back", "<p>We have news.</p>");
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "P7D"))
                .step("nudge", NodeType.SEND_EMAIL, settings("template", String.valueOf(nudge.id())))
                .step("goal", NodeType.GOAL, settings("event", "ORDER_PLACED", "exit", "yes"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "nudge")
                .link("nudge", "next", "goal")
                .link("goal", "next", "done")
                .graph());
        assertThat(journeys.enrol(journey.id(), java.util.List.of(ada, bo))).containsExactlyInAnyOrder(ada, bo);
        run();

        clock.advance(Duration.ofDays(2));
        assertThat(order(ada, "55.00")).isEqualTo(201);
        run();

        assertThat(path(journey.id(), ada)).containsExactly("entry:next", "wait:goal", "goal:-");
        assertThat(standing(journey.id(), ada).endReason()).isEqualTo("GOAL");
        assertThat(standing(journey.id(), bo).node()).isEqualTo("wait");
        assertThat(statistics.steps(journey.id()).get("goal").revenue()).isEqualByComparingTo("55.00");
        assertThat(statistics.steps(journey.id()).get("wait").waiting()).isEqualTo(1);
        assertThat(journeys.enrol(journey.id(), java.util.List.of(ada)))
                .as("once only, by default")
                .isEmpty();
    }

    @Test
    void theApiEnrolsNamedCustomersInALiveJourneyOnceAndRefusesARequestNamingAnUnknownCustomer() throws Exception {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        long cy = subscriber("Cy");
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "P1D"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "done")
                .graph());
        String path = "/api/v1/journeys/" + journey.id() + "/enrolments";

        HttpResponse<String> first = send(path, """
                {"customerIds":[%d],"customerEmails":["%s"]}""".formatted(ada, email(bo)));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"enrolled\":[%d,%d],\"skipped\":[]}".formatted(ada, bo));
        HttpResponse<String> again = send(path, """
                {"customerIds":[%d,%d]}""".formatted(ada, bo));
        assertThat(again.body()).isEqualTo("{\"enrolled\":[],\"skipped\":[%d,%d]}".formatted(ada, bo));

        HttpResponse<String> unknown = send(path, """
                {"customerIds":[%d],"customerEmails":["nobody-%s@example.com"]}""".formatted(cy, tag));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("No such customer");
        run();
        assertThat(statistics.steps(journey.id()).get("wait").waiting())
                .as("Ada and Bo wait; Cy was not enrolled by the refused request")
                .isEqualTo(2);

        journeys.pause(journey.id());
        HttpResponse<String> paused = send(path, """
                {"customerIds":[%d]}""".formatted(cy));
        assertThat(paused.statusCode()).isEqualTo(422);
        assertThat(paused.body()).contains("is not live");
        assertThat(send(path, "{}").body()).contains("Give customerIds or customerEmails.");
    }

    private int event(long customer, String type, String properties) throws Exception {
        return post("/api/v1/events", """
                {"customerEmail":"%s","type":"%s","occurredAt":"%s","properties":%s}""".formatted(
                        email(customer), type, clock.instant().truncatedTo(ChronoUnit.SECONDS), properties));
    }

    private int order(long customer, String amount) throws Exception {
        return post("/api/v1/orders", """
                {"orderNumber":"J-%d","customerEmail":"%s","placedAt":"%s","status":"paid","currency":"EUR",
                 "lines":[{"sku":"SKU-%s","quantity":1,"unitPrice":%s}]}""".formatted(
                System.nanoTime(), email(customer), clock.instant().truncatedTo(ChronoUnit.SECONDS), tag, amount));
    }

    private int post(String path, String body) throws Exception {
        return send(path, body).statusCode();
    }

    private HttpResponse<String> send(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
