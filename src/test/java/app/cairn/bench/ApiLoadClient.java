package app.cairn.bench;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * One client of the API load benchmark: sends writes back to back on its own connection until the level ends, half
 * customer upserts, three in ten orders and two in ten cart events, and keeps each one's latency and any answer
 * other than 2xx.
 */
final class ApiLoadClient {

    private static final String[] CITIES = {"Hamburg", "Berlin", "Munich", "Cologne"};

    private final ApiLoadBenchmark.Target target;
    private final int id;
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Long> latencies = new ArrayList<>();
    private final Map<String, Integer> failures = new TreeMap<>();

    ApiLoadClient(ApiLoadBenchmark.Target target, int id) {
        this.target = target;
        this.id = id;
    }

    void run(long until) {
        for (int i = 0; System.nanoTime() < until; i++) {
            HttpRequest request = next(i);
            long started = System.nanoTime();
            String outcome;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                outcome = response.statusCode() / 100 == 2 ? null : Integer.toString(response.statusCode());
            } catch (Exception e) {
                outcome = e.getClass().getSimpleName();
            }
            latencies.add((System.nanoTime() - started) / 1_000_000);
            if (outcome != null) {
                failures.merge(outcome, 1, Integer::sum);
            }
        }
    }

    private HttpRequest next(int i) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String email = target.someEmail();
        int kind = i % 10;
        if (kind < 5) {
            String body = random.nextInt(5) == 0
                    ? "{\"email\":\"%s\",\"tags\":[\"vip\"]}".formatted(email)
                    : "{\"email\":\"%s\",\"city\":\"%s\"}".formatted(email, CITIES[random.nextInt(CITIES.length)]);
            return target.api("/api/v1/customers")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }
        if (kind < 8) {
            String body = """
                    {"orderNumber":"LOAD-%d-%d-%d","customerEmail":"%s","placedAt":"%s","status":"paid","currency":"EUR",
                     "lines":[{"sku":"LOAD-%d","description":"Load item","quantity":%d,"unitPrice":%s}]}""".formatted(
                            id,
                            i,
                            System.nanoTime(),
                            email,
                            ApiLoadBenchmark.Target.now(),
                            random.nextInt(50),
                            1 + random.nextInt(3),
                            BigDecimal.valueOf(990 + random.nextInt(9000), 2));
            return target.api("/api/v1/orders")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
        }
        String body = "{\"customerEmail\":\"%s\",\"type\":\"added_to_cart\",\"sku\":\"LOAD-%d\",\"occurredAt\":\"%s\"}"
                .formatted(email, random.nextInt(50), ApiLoadBenchmark.Target.now());
        return target.api("/api/v1/events")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    List<Long> latencies() {
        return latencies;
    }

    long failed() {
        return failures.values().stream().mapToLong(Integer::longValue).sum();
    }

    /** The kinds of failure of all these clients with their counts, e.g. " (503: 4)", or nothing. */
    static String failureKinds(List<ApiLoadClient> clients) {
        Map<String, Integer> all = new TreeMap<>();
        clients.forEach(c -> c.failures.forEach((kind, n) -> all.merge(kind, n, Integer::sum)));
        return all.isEmpty()
                ? ""
                : all.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", ", " (", ")"));
    }
}
