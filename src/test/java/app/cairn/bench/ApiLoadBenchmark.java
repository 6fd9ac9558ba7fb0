package app.cairn.bench;

import app.cairn.testing.ChildJvm;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.FileSystemUtils;

/**
 * The API under load: Cairn as its own process ({@link ApiLoadNode}, pool of 10 connections as shipped) and 1, 8, 20
 * and 50 parallel clients, each sending API writes back to back for a while: half customer upserts (a tag or a city
 * that a rule segment reads), three in ten orders, two in ten cart events. Every write has a real-time segment
 * reaction. Meanwhile a probe asks {@code /actuator/health} every second and signs a staff member in every three
 * seconds, as a person would while the shop's API is busy.
 *
 * <p>Per level it prints writes per second, latency percentiles, answers other than 2xx, the probe's figures, the
 * most connections in use and threads waiting for one, and how long the reactions took to catch up after the level.
 * Run with {@code ./mvnw -Pbench-api-load test-compile} ({@code -Dbench.levels=1,8,20,50 -Dbench.seconds=30
 * -Dbench.customers=20000} are the defaults).
 */
public final class ApiLoadBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Pattern READY = Pattern.compile("READY port=(\\d+) key=(\\S+) user=(\\S+) password=(\\S+)");

    private ApiLoadBenchmark() {}

    /** Arguments: the bench folder, the levels (comma-separated), seconds per level, customers. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0])
                .toAbsolutePath()
                .resolve("api-load-" + ProcessHandle.current().pid());
        int[] levels =
                Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(args[2]);
        int customers = Integer.parseInt(args[3]);
        Files.createDirectories(folder.resolve("node"));
        System.out.printf(
                Locale.ROOT,
                "Cairn API load benchmark: %,d customers, 5 rule segments, levels %s, %d s each, embedded MariaDB,"
                        + " pool of 10 connections, 4 event threads, %d cores, JDK %s%n",
                customers,
                Arrays.toString(levels),
                seconds,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        try (ChildJvm child = ChildJvm.start(
                ApiLoadNode.class,
                "READY",
                PATIENCE,
                List.of("-Xmx2g"),
                folder.resolve("node").toString(),
                Integer.toString(customers))) {
            Matcher ready = READY.matcher(child.output());
            if (!ready.find()) {
                throw new IllegalStateException("The node did not say where it listens:\n" + child.output());
            }
            Target target = new Target(
                    "http://127.0.0.1:" + ready.group(1), ready.group(2), ready.group(3), ready.group(4), customers);
            NodeStatus status = NodeStatus.follow(child);
            run(target, status, 8, Math.min(15, seconds), "warm-up");
            System.out.println(
                    "| clients | writes/s | p50 ms | p95 ms | p99 ms | max ms | not 2xx | health p50/max ms (not 200)"
                            + " | sign-in p50/max ms (failed) | connections in use max | waiting max | catch-up s |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int clients : levels) {
                run(target, status, clients, seconds, null);
            }
            Files.writeString(folder.resolve("node").resolve("stop"), "");
            child.awaitExit(Duration.ofMinutes(2));
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static void run(Target target, NodeStatus status, int clients, int seconds, String label) throws Exception {
        status.reset();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        Probe probe = new Probe(target);
        Thread prober = Thread.ofPlatform().start(() -> probe.run(until));
        List<ApiLoadClient> running = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            ApiLoadClient client = new ApiLoadClient(target, (label == null ? clients : 0) * 1000 + c);
            running.add(client);
            threads.add(Thread.ofPlatform().start(() -> client.run(until)));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        prober.join();
        long catchUp = System.nanoTime();
        status.awaitBacklog(0, PATIENCE);
        double catchUpSeconds = (System.nanoTime() - catchUp) / 1e9;
        if (label != null) {
            System.out.printf(
                    Locale.ROOT, "(%s at %d clients done; caught up in %.1f s)%n", label, clients, catchUpSeconds);
            return;
        }
        Latencies writes =
                Latencies.of(running.stream().map(ApiLoadClient::latencies).toList());
        long failed = running.stream().mapToLong(ApiLoadClient::failed).sum();
        System.out.printf(
                Locale.ROOT,
                "| %d | %.0f | %s | %d%s | %s | %s | %d | %d | %.1f |%n",
                clients,
                writes.count() / (double) seconds,
                writes.percentiles(),
                failed,
                ApiLoadClient.failureKinds(running),
                probe.health(),
                probe.signIn(),
                status.maxActive(),
                status.maxWaiting(),
                catchUpSeconds);
    }

    /** Where the node listens, its API key and the staff account the probe signs in with. */
    record Target(String base, String key, String user, String password, int customers) {

        HttpRequest.Builder api(String path) {
            return HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + key);
        }

        HttpRequest signIn() {
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            return HttpRequest.newBuilder(URI.create(base + "/login"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", base)
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .build();
        }

        String someEmail() {
            return "bench-" + (1 + ThreadLocalRandom.current().nextInt(customers)) + "@example.com";
        }

        static String now() {
            return Instant.now().toString();
        }
    }

    /** Asks for health every second and signs in every third, timing each. */
    static final class Probe {

        private final Target target;
        private final HttpClient http = HttpClient.newHttpClient();
        private final List<Long> health = new ArrayList<>();
        private final List<Long> signIns = new ArrayList<>();
        private int healthFailed;
        private int signInFailed;

        Probe(Target target) {
            this.target = target;
        }

        void run(long until) {
            for (int second = 0; System.nanoTime() < until; second++) {
                long tick = System.nanoTime();
                HttpRequest request = HttpRequest.newBuilder(URI.create(target.base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(60))
                        .build();
                if (timed(request, health, r -> r.statusCode() == 200) == false) {
                    healthFailed++;
                }
                if (second % 3 == 0
                        && !timed(
                                target.signIn(),
                                signIns,
                                r -> r.statusCode() == 302
                                        && !r.headers()
                                                .firstValue("Location")
                                                .orElse("")
                                                .contains("error"))) {
                    signInFailed++;
                }
                sleepUntil(tick + 1_000_000_000L);
            }
        }

        private boolean timed(
                HttpRequest request, List<Long> into, java.util.function.Predicate<HttpResponse<String>> good) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                into.add((System.nanoTime() - started) / 1_000_000);
                return good.test(response);
            } catch (Exception e) {
                into.add((System.nanoTime() - started) / 1_000_000);
                return false;
            }
        }

        String health() {
            return Latencies.of(List.of(health)).p50AndMax() + " (" + healthFailed + ")";
        }

        String signIn() {
            return Latencies.of(List.of(signIns)).p50AndMax() + " (" + signInFailed + ")";
        }

        private static void sleepUntil(long nanoTime) {
            long left = nanoTime - System.nanoTime();
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** What the node's status lines said during a level. */
    static final class NodeStatus {

        private volatile int maxActive;
        private volatile int maxWaiting;
        private volatile long backlog = -1;

        static NodeStatus follow(ChildJvm child) {
            NodeStatus status = new NodeStatus();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    for (String line = child.nextLine(PATIENCE); line != null; line = child.nextLine(PATIENCE)) {
                        if (line.startsWith("STATUS")) {
                            Map<String, String> fields = StatusLines.fields(line);
                            status.maxActive = Math.max(status.maxActive, Integer.parseInt(fields.get("active")));
                            status.maxWaiting = Math.max(status.maxWaiting, Integer.parseInt(fields.get("waiting")));
                            status.backlog = Long.parseLong(fields.get("backlog"));
                        } else {
                            System.out.println("   node: " + line);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            return status;
        }

        void reset() {
            maxActive = 0;
            maxWaiting = 0;
        }

        int maxActive() {
            return maxActive;
        }

        int maxWaiting() {
            return maxWaiting;
        }

        void awaitBacklog(long atMost, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            Thread.sleep(1100);
            while (backlog > atMost && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
    }
}
