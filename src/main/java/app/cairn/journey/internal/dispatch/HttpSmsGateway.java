package app.cairn.journey.internal.dispatch;

import app.cairn.journey.internal.engine.JourneyProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A text-message gateway reached by HTTP ({@code cairn.journeys.sms.*}): a JSON POST of {@code from}, {@code to}
 * and {@code text} with the message's key as {@code Idempotency-Key}, and the token as a bearer token. A 2xx answer
 * is sent; 408, 429 and 5xx are tried again; any other 4xx is refused for good.
 */
@Component
public class HttpSmsGateway implements SmsGateway {

    private final JourneyProperties.Sms settings;
    private final HttpClient http;
    private final JsonMapper json;

    public HttpSmsGateway(JourneyProperties properties, JsonMapper json) {
        this.settings = properties.sms();
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public void send(String to, String text, String key) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("from", settings.from());
        body.put("to", to);
        body.put("text", text);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpCalls.send(http, request.build());
    }
}
