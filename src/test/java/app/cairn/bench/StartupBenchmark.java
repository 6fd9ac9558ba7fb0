package app.cairn.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up benchmark: launches Cairn as its own process on the embedded database (demo profile) twice on
 * one data folder, first empty and then with data, and prints the time from process launch to ready
 * ({@code /actuator/health/readiness} UP), the heap in use and the process's resident memory.
 *
 * <p>Run with {@code ./mvnw -Pbench-startup test-compile}.
 */
public final class StartupBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StartupBenchmark() {}

    /**
     * Arguments: the build folder (holding {@code classes} and {@code runtime-classpath.txt}), then the JVM
     * options the README's run command uses, then the folder for its data (bench.dir).
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        List<String> jvmOptions =
                args.length > 1 && !args[1].isBlank() ? List.of(args[1].strip().split("\\s+")) : List.of();
        String classpath = target.resolve("classes")
                + java.io.File.pathSeparator
                + Files.readString(target.resolve("runtime-classpath.txt")).strip();
        // the data folder stays outside the build and the temp folder (bench.dir), also in a checkout under /tmp
        Path benchDir = args.length > 2 ? Path.of(args[2]) : target;
        Path dataDir = benchDir.resolve("bench")
                .resolve("startup-" + ProcessHandle.current().pid());
        System.out.printf(
                Locale.ROOT,
                "Cairn start-up benchmark: embedded MariaDB, demo profile, %d cores, JDK %s%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        System.out.println("JVM options: " + String.join(" ", jvmOptions));
        Result first = run(classpath, jvmOptions, dataDir);
        System.out.println(first.describe("first start (empty data folder)"));
        Result restart = run(classpath, jvmOptions, dataDir);
        System.out.println(restart.describe("restart (with data)          "));
        org.springframework.util.FileSystemUtils.deleteRecursively(dataDir);
    }

    private static Result run(String classpath, List<String> jvmOptions, Path dataDir) throws Exception {
        int port = freePort();
        List<String> command = new java.util.ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-cp",
                classpath,
                "app.cairn.CairnApplication",
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--CAIRN_DATA_DIR=" + dataDir));
        Path log = Files.createDirectories(dataDir).resolve("bench-" + System.nanoTime() + ".log");
        long launched = System.nanoTime();
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            awaitReady(app, port, log);
            double seconds = (System.nanoTime() - launched) / 1e9;
            double heapMb = heapUsedMb(port);
            double rssMb = residentMb(app.pid());
            return new Result(seconds, heapMb, rssMb);
        } finally {
            app.destroy();
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static void awaitReady(Process app, int port, Path log) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("Cairn stopped during start-up; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListening) {
                // not yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Cairn not ready within " + TIMEOUT + "; see " + log);
    }

    private static double heapUsedMb(int port) throws Exception {
        String credentials = Base64.getEncoder()
                .encodeToString(("admin:" + System.getenv().getOrDefault("CAIRN_DEMO_PASSWORD", "cairn-demo"))
                        .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://127.0.0.1:" + port + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                        .header("Authorization", "Basic " + credentials)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher value = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+]+)").matcher(response.body());
        if (response.statusCode() != 200 || !value.find()) {
            throw new IllegalStateException("Heap metric unavailable: HTTP " + response.statusCode());
        }
        return Double.parseDouble(value.group(1)) / 1024 / 1024;
    }

    private static double residentMb(long pid) throws IOException {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        return Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToDouble(line -> Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024)
                .findFirst()
                .orElse(Double.NaN);
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private record Result(double seconds, double heapMb, double rssMb) {
        String describe(String label) {
            return String.format(
                    Locale.ROOT,
                    "%s: ready in %5.1f s, heap used %5.0f MB, JVM resident %5.0f MB",
                    label,
                    seconds,
                    heapMb,
                    rssMb);
        }
    }
}
