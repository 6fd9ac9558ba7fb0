package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.testing.CairnTest;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The ingest API over real HTTP, with a real key, against the real database. */
@CairnTest
class IngestApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    app.cairn.commerce.CurrencyManagement currencies;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void createKey() {
        key = keys.create("test shop", "admin").secret();
    }

    @Test
    void refusesRequestsWithoutAValidKey() throws Exception {
        assertThat(send("PUT", "/api/v1/customers", "{}", null, null).statusCode())
                .isEqualTo(401);
        assertThat(send("PUT", "/api/v1/customers", "{}", "cairn_wrong", null).statusCode())
                .isEqualTo(401);
        var revoked = keys.create("revoked", "admin");
        keys.revoke(revoked.key().id(), "admin");
        HttpResponse<String> response = send("PUT", "/api/v1/customers", "{}", revoked.secret(), null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void createsThenUpdatesACustomerMatchedOnEmail() throws Exception {
        String email = CustomerFixtures.uniqueEmail("api");
        String body = """
                {"email":"%s","firstName":"Li","lastName":"Na","phone":"138 1234 5678","country":"cn",
                 "tags":["vip"],"consents":{"email":true}}""".formatted(email.toUpperCase());

        HttpResponse<String> created = send("PUT", "/api/v1/customers", body, key, null);
        HttpResponse<String> updated = send("PUT", "/api/v1/customers", body.replace("\"Na\"", "\"Nan\""), key, null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(updated.statusCode()).isEqualTo(200);
        long id = JsonPath.<Number>read(created.body(), "$.id").longValue();
        assertThat(JsonPath.<Number>read(updated.body(), "$.id").longValue()).isEqualTo(id);
        CustomerProfile profile = customers.find(id).orElseThrow();
        assertThat(profile.email()).isEqualTo(email);
        assertThat(profile.lastName()).isEqualTo("Nan");
        assertThat(profile.phone()).isEqualTo("+8613812345678");
        assertThat(profile.tags()).containsExactly("vip");
        assertThat(profile.consents()).singleElement().satisfies(c -> assertThat(c.source())
                .isEqualTo("api"));
    }

    @Test
    void anUpdateChangesOnlyTheFieldsSentAndAnExplicitNullClears() throws Exception {
        String email = CustomerFixtures.uniqueEmail("partial");
        send("PUT", "/api/v1/customers", """
                {"email":"%s","firstName":"Wei","lastName":"Zhang","phone":"+86 138 1234 5678","country":"CN",
                 "city":"Beijing","birthday":"1990-04-23"}""".formatted(email), key, null);

        HttpResponse<String> moved = send(
                "PUT", "/api/v1/customers", "{\"email\":\"%s\",\"city\":\"Shanghai\"}".formatted(email), key, null);
        HttpResponse<String> cleared =
                send("PUT", "/api/v1/customers", "{\"email\":\"%s\",\"phone\":null}".formatted(email), key, null);

        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        CustomerProfile profile = customers.findByEmail(email).orElseThrow();
        assertThat(profile.city()).isEqualTo("Shanghai");
        assertThat(profile.firstName()).isEqualTo("Wei");
        assertThat(profile.lastName()).isEqualTo("Zhang");
        assertThat(profile.country()).isEqualTo("CN");
        assertThat(profile.birthday()).hasToString("1990-04-23");
        assertThat(profile.phone()).isNull();
    }

    @Test
    void aProductUpsertSaysWhetherItCreatedAndKeepsWhatWasNotSent() throws Exception {
        String sku = "API-SKU-" + System.nanoTime();

        HttpResponse<String> created = send("PUT", "/api/v1/products/" + sku, """
                {"name":"Tea pot","category":"Kitchen","price":24.5,"currency":"EUR"}""", key, null);
        HttpResponse<String> renamed = send("PUT", "/api/v1/products/" + sku, "{\"name\":\"Blue tea pot\"}", key, null);
        HttpResponse<String> nameless = send("PUT", "/api/v1/products/NEW-" + sku, "{\"price\":3}", key, null);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(JsonPath.<Boolean>read(created.body(), "$.created")).isTrue();
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<Boolean>read(renamed.body(), "$.created")).isFalse();
        var product = commerce.product(sku).orElseThrow();
        assertThat(product.name()).isEqualTo("Blue tea pot");
        assertThat(product.price()).isEqualByComparingTo("24.50");
        assertThat(product.category()).isEqualTo("Kitchen");
        assertThat(nameless.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(nameless.body(), "$.errors[*].field"))
                .containsExactly("name");
    }

    @Test
    void everyUnreadableOrUnknownFieldIsNamedWithItsValueAtOnce() throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/orders", """
                {"orderNumber":"X-1","customerEmail":"a@b.example","placedAt":"yesterday","currency":"EUR",
                 "lines":[{"sku":"A","quantity":"two","unitPrice":1}],"discount":5}""", key, null);
        String email = CustomerFixtures.uniqueEmail("types");
        HttpResponse<String> customer = send("PUT", "/api/v1/customers", """
                {"email":"%s","birthday":"1990-02-30","consents":{"email":"yes"},"nickname":"Z"}""".formatted(email), key, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("discount", "placedAt", "lines[0].quantity");
        assertThat(JsonPath.<List<String>>read(response.body(), "$.errors[*].message"))
                .anySatisfy(m -> assertThat(m).contains("\"yesterday\"").contains("date and time"))
                .anySatisfy(m -> assertThat(m).contains("\"two\"").contains("whole number"))
                .anySatisfy(m -> assertThat(m).contains("'discount'"));
        assertThat(customer.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<List<String>>read(customer.body(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("nickname", "birthday", "consents.email");
        assertThat(customers.findByEmail(email)).as("nothing written").isEmpty();
    }

    @Test
    void namesEveryFieldAtFaultAsProblemJson() throws Exception {
        HttpResponse<String> missing = send("POST", "/api/v1/orders", "{\"lines\":[]}", key, null);
        HttpResponse<String> invalid = send(
                "PUT",
                "/api/v1/customers",
                "{\"email\":\"" + CustomerFixtures.uniqueEmail("bad") + "\",\"country\":\"Germania\"}",
                key,
                null);
        HttpResponse<String> unreadable = send("PUT", "/api/v1/customers", "{\"email\":", key, null);

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.<List<String>>read(missing.body(), "$.errors[*].field"))
                .containsExactly("orderNumber", "placedAt", "currency", "lines");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(invalid.body(), "$.errors[0].field")).isEqualTo("country");
        assertThat(JsonPath.<String>read(invalid.body(), "$.errors[0].message"))
                .contains("'Germania' is not a country");
        assertThat(unreadable.statusCode()).isEqualTo(400);
    }

    @Test
    void anOrderSentTwiceWithTheSameIdempotencyKeyIsRecordedOnce() throws Exception {
        String email = CustomerFixtures.uniqueEmail("orders");
        long customer = customers.create(CustomerFixtures.berliner(email), null, "test");
        String order = """
                {"orderNumber":"API-%d","customerEmail":"%s","placedAt":"2025-06-01T10:00:00Z","status":"paid",
                 "currency":"EUR","lines":[{"sku":"NOT-IN-CATALOGUE","quantity":2,"unitPrice":9.5}]}""".formatted(System.nanoTime(), email);

        HttpResponse<String> first = send("POST", "/api/v1/orders", order, key, "order-1");
        HttpResponse<String> again = send("POST", "/api/v1/orders", order, key, "order-1");
        HttpResponse<String> reused = send("POST", "/api/v1/orders", order.replace("9.5", "10"), key, "order-1");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(commerce.countOrders(customer)).isEqualTo(1);
        assertThat(commerce.figures(customer).totalSpend()).isEqualByComparingTo("19.00");
    }

    @Test
    void recordsAnEventForACustomerGivenByEmail() throws Exception {
        String email = CustomerFixtures.uniqueEmail("events");
        long customer = customers.create(CustomerFixtures.berliner(email), null, "test");

        HttpResponse<String> response = send("POST", "/api/v1/events", """
                {"customerEmail":"%s","type":"added_to_cart","occurredAt":"2025-06-01T10:00:00Z",
                 "properties":{"cart":"c-1"}}""".formatted(email), key, null);
        HttpResponse<String> unknownType = send("POST", "/api/v1/events", """
                {"customerEmail":"%s","type":"teleported","occurredAt":"2025-06-01T10:00:00Z"}""".formatted(email), key, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(commerce.timeline(customer, 0, 5)).singleElement().satisfies(e -> assertThat(e.properties())
                .isEqualTo("{\"cart\":\"c-1\"}"));
        assertThat(unknownType.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(unknownType.body(), "$.errors[0].field"))
                .isEqualTo("type");
    }

    @Test
    void whatTheApiWritesCanBeReadBackInTheShapeItIsWritten() throws Exception {
        String email = CustomerFixtures.uniqueEmail("readback");
        HttpResponse<String> created = send("PUT", "/api/v1/customers", """
                {"email":"%s","firstName":"Mei","city":"Hangzhou","country":"CN","tags":["vip"],
                 "consents":{"email":true}}""".formatted(email), key, null);
        long id = JsonPath.<Number>read(created.body(), "$.id").longValue();
        String number = "RB-" + System.nanoTime();
        send("POST", "/api/v1/orders", """
                {"orderNumber":"%s","customerId":%d,"placedAt":"2026-01-05T10:00:00Z","currency":"CNY",
                 "lines":[{"sku":"TEA","description":"Longjing tea","quantity":2,"unitPrice":88}]}""".formatted(number, id), key, null);
        HttpResponse<String> event = send("POST", "/api/v1/events", """
                {"customerId":%d,"type":"product_viewed","sku":"TEA","occurredAt":"2026-01-05T09:00:00Z"}""".formatted(id), key, null);

        HttpResponse<String> byId = send("GET", "/api/v1/customers/" + id, null, key, null);
        HttpResponse<String> byEmail = send("GET", "/api/v1/customers?email=" + email, null, key, null);
        HttpResponse<String> order = send("GET", "/api/v1/orders/" + number, null, key, null);
        HttpResponse<String> events = send("GET", "/api/v1/customers/" + id + "/events?limit=5", null, key, null);
        HttpResponse<String> missing = send("GET", "/api/v1/orders/NO-SUCH-ORDER", null, key, null);

        assertThat(byId.statusCode()).as(byId.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(byId.body(), "$.city")).isEqualTo("Hangzhou");
        assertThat(JsonPath.<List<String>>read(byId.body(), "$.tags")).containsExactly("vip");
        assertThat(JsonPath.<Boolean>read(byId.body(), "$.consents.email")).isTrue();
        assertThat(JsonPath.<Number>read(byEmail.body(), "$.id").longValue()).isEqualTo(id);
        assertThat(JsonPath.<String>read(order.body(), "$.currency")).isEqualTo("CNY");
        assertThat(JsonPath.<Number>read(order.body(), "$.customerId").longValue())
                .isEqualTo(id);
        assertThat(JsonPath.<List<String>>read(order.body(), "$.lines[*].sku")).containsExactly("TEA");
        long eventId = JsonPath.<Number>read(event.body(), "$.id").longValue();
        assertThat(JsonPath.<List<Number>>read(events.body(), "$[?(@.type == 'product_viewed')].id"))
                .extracting(Number::longValue)
                .containsExactly(eventId);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.<String>read(missing.body(), "$.errors[0].field")).isEqualTo("orderNumber");
    }

    @Test
    void anExchangeRateIsEnteredAndListedAndABadOneIsNamed() throws Exception {
        HttpResponse<String> entered =
                send("PUT", "/api/v1/exchange-rates/dkk/2026-01-01", "{\"rate\":0.134}", key, null);
        HttpResponse<String> again =
                send("PUT", "/api/v1/exchange-rates/DKK/2026-01-01", "{\"rate\":0.1341}", key, null);
        HttpResponse<String> listed = send("GET", "/api/v1/exchange-rates", null, key, null);
        HttpResponse<String> negative =
                send("PUT", "/api/v1/exchange-rates/DKK/2026-02-01", "{\"rate\":-1}", key, null);
        HttpResponse<String> badDay = send("PUT", "/api/v1/exchange-rates/DKK/yesterday", "{\"rate\":1}", key, null);

        try {
            assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(listed.body(), "$.reportingCurrency"))
                    .isEqualTo("EUR");
            assertThat(JsonPath.<List<Double>>read(listed.body(), "$.rates[?(@.currency == 'DKK')].rate"))
                    .containsExactly(0.1341);
            assertThat(negative.statusCode()).isEqualTo(422);
            assertThat(JsonPath.<String>read(negative.body(), "$.errors[0].field"))
                    .isEqualTo("rate");
            assertThat(badDay.statusCode()).isEqualTo(422);
            assertThat(JsonPath.<String>read(badDay.body(), "$.errors[0].field"))
                    .isEqualTo("validFrom");
        } finally {
            currencies.deleteRate("DKK", java.time.LocalDate.parse("2026-01-01"));
        }
    }

    @Test
    void theOpenApiDocumentIsPublic() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/openapi.yaml", null, null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/yaml");
        assertThat(response.body())
                .startsWith("openapi: 3.1.0")
                .contains("/customers:")
                .contains("Idempotency-Key");
    }

    private HttpResponse<String> send(String method, String path, String body, String apiKey, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("Authorization", "Bearer " + apiKey);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
