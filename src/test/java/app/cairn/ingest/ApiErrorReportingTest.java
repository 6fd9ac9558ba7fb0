package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** API errors are problem+json with their true reason, never a redirect or somebody else's reason. */
@CairnTest
class ApiErrorReportingTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    CustomerManagement customers;

    @Autowired
    IngestErrors errors;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    String key;
    long customer;

    @BeforeEach
    void keyAndCustomer() {
        key = keys.create("errors", "admin").secret();
        customer = CustomerFixtures.berliner(customers, null);
    }

    @Test
    void theSameOrderSentSeveralTimesAtOnceIsRecordedOnceAndEveryAnswerSaysSo() throws Exception {
        String number = "TWIN-" + UUID.randomUUID();
        String order = order(number, "Vase");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(http.sendAsync(post("/api/v1/orders", order), HttpResponse.BodyHandlers.ofString()));
        }

        List<Integer> statuses = new ArrayList<>();
        List<Boolean> created = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            statuses.add(response.statusCode());
            if (response.statusCode() < 300) {
                created.add(JsonPath.read(response.body(), "$.created"));
            }
        }

        assertThat(statuses).allSatisfy(status -> assertThat(status).isBetween(200, 201));
        assertThat(created).containsOnlyOnce(true);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM customer_order WHERE order_number = ?")
                        .param(number)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aValueTooLongForItsColumnIsNamedAndNotTakenForAnUnknownCustomer() throws Exception {
        HttpResponse<String> response = http.send(
                post("/api/v1/orders", order("LONG-" + UUID.randomUUID(), "x".repeat(300))),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.detail"))
                .contains("description is longer than 255")
                .doesNotContain("no customer");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field"))
                .containsExactly("lines");
    }

    @Test
    void aUnitPriceWithMoreDecimalsThanItsCurrencyHasIsRefusedRatherThanRounded() throws Exception {
        String body = order("THIRD-" + UUID.randomUUID(), "Third")
                .replace("\"quantity\":1,\"unitPrice\":12.50", "\"quantity\":3,\"unitPrice\":0.33333");

        HttpResponse<String> response = http.send(post("/api/v1/orders", body), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.body(), "$.detail"))
                .contains("0.33333")
                .contains("EUR");
    }

    @Test
    void aNulCharacterOrALoneSurrogateIsRefusedNamingTheFieldInsteadOfBeingChangedSilently() throws Exception {
        String nul = order("NUL-" + UUID.randomUUID(), "Vase\\u0000XL");
        String surrogate = order("SUR-" + UUID.randomUUID(), "Vase \\ud83d");

        HttpResponse<String> withNul = http.send(post("/api/v1/orders", nul), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withHalf =
                http.send(post("/api/v1/orders", surrogate), HttpResponse.BodyHandlers.ofString());

        assertThat(withNul.statusCode()).as(withNul.body()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(withNul.body(), "$.errors[*].field"))
                .containsExactly("lines[0].description");
        assertThat(withHalf.statusCode()).as(withHalf.body()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(withHalf.body(), "$.errors[*].code"))
                .containsExactly("invalid-text");
    }

    @Test
    void aDateInYearZeroIsRefusedNamingTheFieldInsteadOfBecomingAnotherDate() throws Exception {
        String body =
                order("YEAR0-" + UUID.randomUUID(), "Vase").replace("2026-11-30T10:00:00Z", "0000-01-01T00:00:00Z");

        HttpResponse<String> response = http.send(post("/api/v1/orders", body), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field"))
                .containsExactly("placedAt");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].code"))
                .containsExactly("out-of-range");
    }

    @Test
    void anUnexpectedErrorIsA500ProblemWithAReferenceForTheLog() {
        ResponseEntity<ProblemDetail> answer = errors.unexpected(new IllegalStateException("boom"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        String reference = (String) answer.getBody().getProperties().get("reference");
        assertThat(reference).hasSize(8);
        assertThat(answer.getBody().getDetail()).contains(reference).contains("nothing was written");
    }

    private String order(String number, String description) {
        return """
                {"orderNumber":"%s","customerId":%d,"placedAt":"2026-11-30T10:00:00Z","status":"PAID","currency":"EUR",
                 "lines":[{"sku":"SKU-ERR","description":"%s","quantity":1,"unitPrice":12.50}]}""".formatted(number, customer, description);
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
