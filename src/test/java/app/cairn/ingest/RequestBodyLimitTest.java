package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.testing.CairnTest;
import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bodies larger than an endpoint takes are refused with 413, whether their length is announced or not. */
@CairnTest
class RequestBodyLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void createKey() {
        key = keys.create("body limits", "admin").secret();
    }

    @Test
    void aBodyAnnouncedAsTooLargeIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = customer(RequestBodyLimit.OTHERS + 1);

        HttpResponse<String> response = send("/api/v1/customers", HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.<Integer>read(response.body(), "$.limit")).isEqualTo(RequestBodyLimit.OTHERS);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("larger than this endpoint takes");
    }

    @Test
    void aBodySentWithoutItsLengthIsCutOffAtTheLimit() throws Exception {
        byte[] body = customer(RequestBodyLimit.OTHERS * 4);

        HttpResponse<String> response = send(
                "/api/v1/customers", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(413);
    }

    @Test
    void eachEndpointHasItsOwnLimitAndABodyWithinItIsTaken() throws Exception {
        byte[] body = customer(RequestBodyLimit.OTHERS - 1);

        HttpResponse<String> response = send("/api/v1/customers", HttpRequest.BodyPublishers.ofByteArray(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(RequestBodyLimit.limitFor("/api/v1/orders")).isEqualTo(1 << 20);
        assertThat(RequestBodyLimit.limitFor("/api/v1/journeys/7/enrolments")).isEqualTo(4 << 20);
        assertThat(RequestBodyLimit.limitFor("/api/v1/events")).isEqualTo(RequestBodyLimit.OTHERS);
    }

    /** A customer whose JSON is exactly {@code size} bytes, after spaces (which JSON ignores, but a reader must read past). */
    private static byte[] customer(int size) {
        String json = "{\"email\":\"" + CustomerFixtures.uniqueEmail("limit") + "\",\"firstName\":\"Li\"}";
        return (" ".repeat(size - json.length()) + json).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .PUT(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
