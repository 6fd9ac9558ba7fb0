package app.cairn.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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

/** Text analysis over the API: a batch of texts in, each one's language, sentiment, intent and keywords out. */
@CairnTest
class TextApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyManagement keys;

    final HttpClient http = HttpClient.newHttpClient();
    String key;

    @BeforeEach
    void createKey() {
        key = keys.create("text shop", "admin").secret();
    }

    @Test
    void analysesEachTextOfABatchInOrder() throws Exception {
        HttpResponse<String> answer = post("""
                {"texts": ["Where is my order? It's been two weeks.",
                           "快递太慢了，但是质量很好",
                           "The delivery was terribly slow, but the quality is great."]}""");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String body = answer.body();
        assertThat(JsonPath.<List<String>>read(body, "$.results[*].language")).containsExactly("en", "zh", "en");
        assertThat(JsonPath.<String>read(body, "$.results[0].intent.label")).isEqualTo("where_is_my_order");
        assertThat(JsonPath.<List<Object>>read(body, "$.results[0].intent.alternatives"))
                .hasSize(3);
        assertThat(JsonPath.<List<String>>read(body, "$.results[1].keywords[*].phrase"))
                .containsExactly("快递", "质量");
        assertThat(JsonPath.<List<String>>read(body, "$.results[2].keywords[*].sentiment"))
                .containsExactly("negative", "positive");
        assertThat(JsonPath.<String>read(body, "$.results[0].sentiment.label")).isIn("negative", "neutral");
    }

    @Test
    void namesWhatIsWrongWithARequest() throws Exception {
        HttpResponse<String> none = post("{\"texts\": []}");
        HttpResponse<String> nullText = post("{\"texts\": [\"fine\", null]}");
        HttpResponse<String> unknown = post("{\"texts\": [\"fine\"], \"language\": \"en\"}");
        HttpResponse<String> tooLong = post("{\"texts\": [\"" + "a".repeat(20_001) + "\"]}");

        assertThat(none.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(none.body(), "$.errors[0].field")).isEqualTo("texts");
        assertThat(JsonPath.<String>read(nullText.body(), "$.errors[0].field")).isEqualTo("texts[1]");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("language");
        assertThat(JsonPath.<String>read(tooLong.body(), "$.errors[0].code")).isEqualTo("too-long");
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/text/analyse"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + key)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
