package app.cairn.bench;

import app.cairn.testing.ChildJvm;
import app.cairn.testing.SmtpSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The messaging benchmark and reliability runs, each with Cairn as its own process ({@link BroadcastNode}) and a
 * local SMTP server ({@link SmtpSink}) that counts every Message-ID it receives:
 *
 * <ol>
 *   <li><b>throughput</b>: a broadcast to N customers (100,000 by default) from "send now" to the last message
 *       accepted; messages per second, heap in use and the old generation after collections while it runs;
 *   <li><b>SMTP server down</b>: another broadcast to the same N; when a fifth has arrived the server stops for 60
 *       s (as for maintenance: it answers the messages in hand, then closes) and starts again; how long sending
 *       took to resume, and whether any message was lost or doubled. Then once more with a crash for 10 s: the
 *       connections are cut, also in the middle of a message, which SMTP cannot tell the sender about;
 *   <li><b>{@code kill -9}</b>: another broadcast; when 30 % have arrived the node is killed without warning and
 *       started again on the same data; how many messages arrived twice (those in flight at the kill) and
 *       whether any was lost.
 * </ol>
 *
 * Run with {@code ./mvnw -Pbench-messaging test-compile} ({@code -Dbench.recipients=N} for another size).
 */
public final class MessagingBenchmark {

    private MessagingBenchmark() {}

    /** Arguments: the build folder and the number of recipients. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        int recipients = Integer.parseInt(args[1]);
        Path folder = target.resolve("bench")
                .resolve("messaging-" + ProcessHandle.current().pid());
        Path data = folder.resolve("node");
        Files.createDirectories(data);
        System.out.printf(
                Locale.ROOT,
                "Cairn messaging benchmark: %,d recipients, embedded MariaDB, local SMTP sink, %d cores, JDK %s%n",
                recipients,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        throughput(data, recipients);
        serverDown(data, recipients, false, 60);
        serverDown(data, recipients, true, 10);
        killed(data, recipients);
        org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }

    private static void throughput(Path data, int recipients) throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Node node = Node.start(data, sink.port(), "fresh", recipients);
            List<Map<String, String>> statuses = new ArrayList<>();
            Map<String, String> done = node.follow(statuses::add);
            double seconds = Double.parseDouble(done.get("seconds"));
            double firstSent = statuses.stream()
                    .filter(s -> Long.parseLong(s.get("sent")) > 0)
                    .mapToDouble(s -> Double.parseDouble(s.get("seconds")))
                    .findFirst()
                    .orElse(0);
            long sent = Long.parseLong(done.get("sent"));
            System.out.printf(
                    Locale.ROOT,
                    "1. throughput: %,d messages in %.1f s from 'send now' (%.0f msg/s); %.0f msg/s once sending began;"
                            + " sink received %,d, %d doubled%n",
                    sent,
                    seconds,
                    sent / seconds,
                    sent / Math.max(0.001, seconds - firstSent),
                    sink.received(),
                    sink.doubled());
            System.out.println("   memory while sending: "
                    + StatusLines.memory(
                            statuses,
                            "sent",
                            statuses.isEmpty()
                                    ? 0
                                    : Long.parseLong(statuses.getLast().get("queued")),
                            "sent"));
        }
    }

    private static void serverDown(Path data, int recipients, boolean crash, int seconds) throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Node node = Node.start(data, sink.port(), "again", recipients);
            node.until(s -> sink.received() >= recipients / 5);
            if (crash) {
                sink.drop();
            } else {
                sink.stop();
            }
            long stoppedAt = sink.received();
            Thread.sleep(seconds * 1000L);
            sink.restart();
            long restarted = System.nanoTime();
            while (sink.received() == stoppedAt) {
                Thread.sleep(50);
            }
            double resumedAfter = (System.nanoTime() - restarted) / 1e9;
            Map<String, String> done = node.follow(s -> {});
            System.out.printf(
                    Locale.ROOT,
                    "2%s. SMTP server %s for %d s after %,d messages: sending resumed %.1f s after it came back;"
                            + " sent %s, distinct received %,d, doubled %d, lost %,d%n",
                    crash ? "b" : "a",
                    crash ? "crashed (connections cut mid-message)" : "stopped (each message in hand answered)",
                    seconds,
                    stoppedAt,
                    resumedAfter,
                    done.get("sent"),
                    sink.distinctMessages(),
                    sink.doubled(),
                    recipients - sink.distinctMessages());
        }
    }

    private static void killed(Path data, int recipients) throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Node node = Node.start(data, sink.port(), "again", recipients);
            node.until(s -> sink.received() >= recipients * 3L / 10);
            node.kill();
            long atKill = sink.received();
            long killedAt = System.nanoTime();
            Node restarted = Node.start(data, sink.port(), "resume", 0);
            Map<String, String> done = restarted.follow(s -> {});
            System.out.printf(
                    Locale.ROOT,
                    "3. kill -9 after %,d messages; restarted, done %.0f s after the kill: distinct received %,d of %,d,"
                            + " doubled (in flight at the kill) %d, lost %,d%n",
                    atKill,
                    (System.nanoTime() - killedAt) / 1e9,
                    sink.distinctMessages(),
                    recipients,
                    sink.doubled(),
                    recipients - sink.distinctMessages());
            System.out.println("   final report: " + done);
        }
    }

    /** A running {@link BroadcastNode} (a {@link ChildJvm}) and the status lines it prints once ready. */
    private static final class Node {

        private static final Duration PATIENCE = Duration.ofMinutes(10);

        private final ChildJvm child;

        private Node(ChildJvm child) {
            this.child = child;
        }

        static Node start(Path data, int smtpPort, String action, int recipients) throws IOException {
            List<String> options = new ArrayList<>(List.of("-Xmx1g"));
            String extra = System.getenv("CAIRN_BENCH_NODE_OPTS");
            if (extra != null && !extra.isBlank()) {
                options.addAll(List.of(extra.strip().split("\\s+")));
            }
            return new Node(ChildJvm.start(
                    BroadcastNode.class,
                    "READY",
                    PATIENCE,
                    options,
                    data.toString(),
                    Integer.toString(smtpPort),
                    action,
                    Integer.toString(recipients)));
        }

        /** Reads status lines until {@code condition} holds for one. */
        void until(Predicate<Map<String, String>> condition) throws InterruptedException {
            while (true) {
                String line = nextLine();
                if (line.startsWith("STATUS") && condition.test(StatusLines.fields(line))) {
                    return;
                }
            }
        }

        /** Passes each status line on until the node prints DONE; answers the DONE line's fields. */
        Map<String, String> follow(Consumer<Map<String, String>> each) throws InterruptedException {
            while (true) {
                String line = nextLine();
                if (line.startsWith("DONE")) {
                    child.awaitExit(Duration.ofMinutes(2));
                    return StatusLines.fields(line);
                }
                if (line.startsWith("STATUS")) {
                    each.accept(StatusLines.fields(line));
                }
            }
        }

        void kill() throws InterruptedException {
            child.kill();
        }

        private String nextLine() throws InterruptedException {
            String line = child.nextLine(PATIENCE);
            if (line == null) {
                throw new IllegalStateException("The node printed nothing for " + PATIENCE);
            }
            if (!line.startsWith("STATUS")) {
                System.out.println("   node: " + line);
            }
            return line;
        }
    }
}
