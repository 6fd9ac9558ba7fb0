package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.support.Actor;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketStatus;
import app.cairn.testing.CairnTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tickets over the API: a shop opens one for its customer, relays the customer's answers and reads it back. */
@CairnTest
class TicketApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    TicketManagement tickets;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void createKey() {
        key = keys.create("ticket shop", "admin").secret();
    }

    @Test
    void aShopOpensATicketRelaysTheCustomersAnswerAndReadsThePublicConversationBack() throws Exception {
        String email = CustomerFixtures.uniqueEmail("apiticket");
        HttpResponse<String> opened = send("POST", "/api/v1/tickets", """
                {"subject":"Wrong size","customerEmail":"%s","customerName":"Li Na","text":"The shoes are too small.",
                 "priority":"high","orderNumber":"D8-77","tags":["returns"]}""".formatted(email), "open-1");
        long number = JsonPath.<Number>read(opened.body(), "$.id").longValue();
        tickets.note(number, "Internal: check stock of size 40.", Actor.system("test"));
        tickets.reply(number, "We can exchange them.", null, TicketStatus.PENDING, Actor.system("test"));

        HttpResponse<String> answered =
                send("POST", "/api/v1/tickets/" + number + "/messages", "{\"text\":\"Yes please, size 40.\"}", null);
        HttpResponse<String> read = send("GET", "/api/v1/tickets/" + number, null, null);
        HttpResponse<String> again = send("POST", "/api/v1/tickets", """
                {"subject":"Wrong size","customerEmail":"%s","customerName":"Li Na","text":"The shoes are too small.",
                 "priority":"high","orderNumber":"D8-77","tags":["returns"]}""".formatted(email), "open-1");

        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(read.body(), "$.status")).isEqualTo("open");
        assertThat(JsonPath.<String>read(read.body(), "$.priority")).isEqualTo("high");
        assertThat(JsonPath.<String>read(read.body(), "$.orderNumber")).isEqualTo("D8-77");
        assertThat(JsonPath.<List<String>>read(read.body(), "$.messages[*].from"))
                .containsExactly("customer", "staff", "customer");
        assertThat(read.body()).doesNotContain("Internal: check stock");
        assertThat(JsonPath.<Number>read(again.body(), "$.id").longValue())
                .as("the same Idempotency-Key opens nothing twice")
                .isEqualTo(number);
        long customer = JsonPath.<Number>read(read.body(), "$.customerId").longValue();
        HttpResponse<String> list = send("GET", "/api/v1/customers/" + customer + "/tickets", null, null);
        assertThat(JsonPath.<List<Number>>read(list.body(), "$[*].number"))
                .singleElement()
                .satisfies(n -> assertThat(n.longValue()).isEqualTo(number));
    }

    @Test
    void missingFieldsAnUnknownTicketAndAnUnknownPriorityAreProblemsNamingTheField() throws Exception {
        HttpResponse<String> missing = send("POST", "/api/v1/tickets", "{\"customerEmail\":\"x@example.com\"}", null);
        HttpResponse<String> unknown = send("POST", "/api/v1/tickets/99999999/messages", "{\"text\":\"Hi\"}", null);
        HttpResponse<String> badPriority = send(
                "POST",
                "/api/v1/tickets",
                "{\"subject\":\"S\",\"customerEmail\":\"x@example.com\",\"text\":\"T\",\"priority\":\"asap\"}",
                null);

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(missing.body(), "$.errors[*].field"))
                .containsExactly("subject", "text");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(unknown.body(), "$.errors[*].field"))
                .containsExactly("number");
        assertThat(badPriority.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(badPriority.body(), "$.errors[*].field"))
                .containsExactly("priority");
    }

    private HttpResponse<String> send(String method, String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey + "-" + Map.of().hashCode() + key.hashCode());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
