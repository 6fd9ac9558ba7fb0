package app.cairn.bench;

import app.cairn.testing.ChildJvm;
import app.cairn.testing.ExternalMariaDbServer;
import app.cairn.testing.SmtpSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The journey benchmark and reliability runs, each with Cairn as its own process ({@link JourneyBenchNode}) and a
 * local SMTP server ({@link SmtpSink}) that counts every Message-ID it receives:
 *
 * <ol>
 *   <li><b>throughput</b>: N customers (1,000,000 by default) in a static segment enter <i>segment → wait 1 min →
 *       send e-mail → opened within 1 h?</i>; how long until all entered, all passed the send step (the e-mail
 *       queued) and the SMTP server received them all; steps per second; heap. Meanwhile add-to-cart events enrol
 *       customers in a second journey whose first action is an e-mail: the time from event to that action;
 *   <li><b>{@code kill -9}</b>: a fresh run with fewer customers; when the SMTP server has 30 % of the e-mails the
 *       node is killed and started again; whether any enrolment was lost, any step taken twice, any e-mail sent twice;
 *   <li><b>two nodes</b>: the same on an external MariaDB shared by two nodes, one of which is killed.
 * </ol>
 *
 * Run with {@code ./mvnw -Pbench-journeys test-compile} ({@code -Dbench.customers=N}, {@code -Dbench.reliability=N}).
 */
public final class JourneyBenchmark {

    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final int EVENTS = 300;

    private JourneyBenchmark() {}

    /** Arguments: the build folder, the customers for the throughput run and for the reliability runs. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        int customers = Integer.parseInt(args[1]);
        int reliability = Integer.parseInt(args[2]);
        Path folder = target.resolve("bench")
                .resolve("journeys-" + ProcessHandle.current().pid());
        System.out.printf(
                Locale.ROOT,
                "Cairn journey benchmark: %,d customers (reliability runs %,d), local SMTP sink, %d cores, JDK %s%n",
                customers,
                reliability,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        if (customers > 0) {
            throughput(folder.resolve("throughput"), customers);
        }
        if (reliability > 0) {
            killed(folder.resolve("killed"), reliability);
            twoNodes(folder.resolve("two-nodes"), reliability);
        }
        stopDatabases(folder);
        org.springframework.util.FileSystemUtils.deleteRecursively(folder);
    }

    /** Stops the embedded database servers the killed nodes left running on the benchmark's folders. */
    private static void stopDatabases(Path folder) {
        String path = folder.toString();
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> c.contains("mariadbd") && c.contains(path))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static void throughput(Path folder, int customers) throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Node node = Node.start(folder.resolve("node"), sink.port(), "fresh", customers, "PT1M", EVENTS, false);
            long t0 = System.nanoTime();
            Map<String, Double> firsts = new LinkedHashMap<>();
            List<Map<String, String>> statuses = new ArrayList<>();
            List<Double> times = new ArrayList<>();
            node.until(
                    s -> {
                        statuses.add(s);
                        double at = (System.nanoTime() - t0) / 1e9;
                        times.add(at);
                        for (String measure : List.of("entered", "started", "waited", "emailed", "branched")) {
                            long n = Long.parseLong(s.get(measure));
                            if (n > 0) {
                                firsts.putIfAbsent(measure + ">0", at);
                            }
                            if (n >= customers) {
                                firsts.putIfAbsent(measure + "=all", at);
                            }
                        }
                        if (node.latency != null && sink.distinctMessages() >= customers + node.acted()) {
                            firsts.putIfAbsent("delivered=all", at);
                        }
                        return firsts.containsKey("delivered=all") && node.latency != null;
                    },
                    Duration.ofMinutes(60));
            node.kill();
            double entered = firsts.get("entered=all");
            double emailed = firsts.get("emailed=all");
            // a phase's length, first to last, to the status lines' 2 s
            double started = firsts.get("started=all") - firsts.get("started>0") + 2;
            double waited = firsts.get("waited=all") - firsts.get("waited>0") + 2;
            double sends = firsts.get("emailed=all") - firsts.get("emailed>0") + 2;
            System.out.printf(
                    Locale.ROOT,
                    "1. throughput, %,d customers (times from the node being ready, journeys published):%n"
                            + "   all enrolled from the segment after %.1f s (%,.0f/s)%n"
                            + "   entry step (no I/O): %,.0f steps/s; wait step (no I/O): %,.0f steps/s;"
                            + " send step (queues the e-mail): %,.0f steps/s%n"
                            + "   all %,d past the send step after %.1f s (%.1f min), at the engagement branch: %s%n"
                            + "   SMTP server received all after %.1f s (%.1f min): %,d distinct (with the event journey's),"
                            + " %d doubled%n",
                    customers,
                    entered,
                    customers / entered,
                    customers / Math.max(0.001, started),
                    customers / Math.max(0.001, waited),
                    customers / Math.max(0.001, sends),
                    customers,
                    emailed,
                    emailed / 60,
                    statuses.getLast().get("branched"),
                    firsts.get("delivered=all"),
                    firsts.get("delivered=all") / 60,
                    sink.distinctMessages(),
                    sink.doubled());
            System.out.printf(
                    Locale.ROOT,
                    "   busiest 10 s of each step: entry %,.0f steps/s, wait %,.0f steps/s (no I/O);"
                            + " send %,.0f steps/s%n",
                    busiest(statuses, times, "started"),
                    busiest(statuses, times, "waited"),
                    busiest(statuses, times, "emailed"));
            System.out.println("   event to first action (e-mail queued), under this load: " + node.latency);
            System.out.println("   memory: " + StatusLines.memory(statuses, "emailed", customers, "e-mailed"));
        }
    }

    /**
     * The highest rate of a step over any 10 s or more between two status lines: what the engine does with a
     * backlog, where the phase's average also counts its start and end, and the time it shared with other phases.
     */
    private static double busiest(List<Map<String, String>> statuses, List<Double> times, String measure) {
        double best = 0;
        int from = 0;
        for (int to = 1; to < statuses.size(); to++) {
            while (from + 1 < to && times.get(to) - times.get(from + 1) >= 10) {
                from++;
            }
            double span = times.get(to) - times.get(from);
            if (span >= 10) {
                long done = Long.parseLong(statuses.get(to).get(measure))
                        - Long.parseLong(statuses.get(from).get(measure));
                best = Math.max(best, done / span);
            }
        }
        return best;
    }

    private static void killed(Path folder, int customers) throws Exception {
        try (SmtpSink sink = SmtpSink.start()) {
            Path data = folder.resolve("node");
            Node node = Node.start(data, sink.port(), "fresh", customers, "PT5S", 0, true);
            node.until(s -> sink.received() >= customers * 3L / 10, PATIENCE);
            node.kill();
            long atKill = sink.received();
            long killedAt = System.nanoTime();
            Node restarted = Node.start(data, sink.port(), "resume", customers, "PT5S", 0, true);
            Map<String, String> last = finish(restarted, sink, customers);
            report("2. kill -9", atKill, (System.nanoTime() - killedAt) / 1e9, last, sink, customers);
        }
    }

    private static void twoNodes(Path folder, int customers) throws Exception {
        try (ExternalMariaDbServer database = ExternalMariaDbServer.start();
                SmtpSink sink = SmtpSink.start()) {
            List<String> external =
                    List.of(database.jdbcUrl(), ExternalMariaDbServer.USER, ExternalMariaDbServer.PASSWORD);
            Node first = Node.start(folder.resolve("a"), sink.port(), "fresh", customers, "PT5S", 0, true, external);
            Node second = Node.start(folder.resolve("b"), sink.port(), "resume", customers, "PT5S", 0, true, external);
            first.until(s -> sink.received() >= customers * 3L / 10, PATIENCE);
            first.kill();
            long atKill = sink.received();
            long killedAt = System.nanoTime();
            Map<String, String> last = finish(second, sink, customers);
            report("3. two nodes, one killed", atKill, (System.nanoTime() - killedAt) / 1e9, last, sink, customers);
            second.kill();
        }
    }

    /** Follows the node until every customer passed the send step and the server has them all, plus 20 s. */
    private static Map<String, String> finish(Node node, SmtpSink sink, int customers) throws Exception {
        List<Map<String, String>> seen = new ArrayList<>();
        node.until(
                s -> {
                    seen.add(s);
                    return Long.parseLong(s.get("emailed")) >= customers && sink.distinctMessages() >= customers;
                },
                PATIENCE);
        Thread.sleep(20_000);
        node.until(
                s -> {
                    seen.add(s);
                    return true;
                },
                PATIENCE);
        node.kill();
        return seen.getLast();
    }

    private static void report(
            String run, long atKill, double doneAfter, Map<String, String> last, SmtpSink sink, int customers) {
        System.out.printf(
                Locale.ROOT,
                "%s after %,d e-mails received; done %.0f s after the kill.%n"
                        + "   enrolments %s of %,d (lost %,d); send steps logged %s for %s enrolments (twice: %,d);"
                        + " journey e-mails in the outbox %s%n"
                        + "   SMTP server: %,d distinct of %,d (lost %,d), %d received twice (in flight at the kill)%n",
                run,
                atKill,
                doneAfter,
                last.get("enrolments"),
                customers,
                customers - Long.parseLong(last.get("enrolments")),
                last.get("sendSteps"),
                last.get("enrolmentsSent"),
                Long.parseLong(last.get("sendSteps")) - Long.parseLong(last.get("enrolmentsSent")),
                last.get("messages"),
                sink.distinctMessages(),
                customers,
                customers - sink.distinctMessages(),
                sink.doubled());
    }

    /** A running {@link JourneyBenchNode} (a {@link ChildJvm}) and the lines it prints once ready. */
    private static final class Node {

        private final ChildJvm child;
        String latency;

        /** The events whose journey acted, from the latency line. */
        long acted() {
            Matcher m = Pattern.compile("acted=(\\d+)").matcher(latency);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }

        private Node(ChildJvm child) {
            this.child = child;
        }

        static Node start(
                Path data,
                int smtpPort,
                String action,
                int customers,
                String wait,
                int events,
                boolean verify,
                List<String> external)
                throws IOException {
            Files.createDirectories(data);
            List<String> args = new ArrayList<>(List.of(
                    data.toString(),
                    Integer.toString(smtpPort),
                    action,
                    Integer.toString(customers),
                    wait,
                    Integer.toString(events),
                    Boolean.toString(verify)));
            args.addAll(external);
            return new Node(ChildJvm.start(
                    JourneyBenchNode.class,
                    "READY",
                    Duration.ofMinutes(30),
                    List.of("-Xmx1g"),
                    args.toArray(String[]::new)));
        }

        static Node start(
                Path data, int smtpPort, String action, int customers, String wait, int events, boolean verify)
                throws IOException {
            return start(data, smtpPort, action, customers, wait, events, verify, List.of());
        }

        /** Reads status lines until {@code condition} holds for one. */
        void until(Predicate<Map<String, String>> condition, Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (System.nanoTime() < deadline) {
                String line = child.nextLine(PATIENCE);
                if (line == null) {
                    throw new IllegalStateException("The node printed nothing for " + PATIENCE);
                }
                if (line.startsWith("LATENCY")) {
                    latency = line.substring("LATENCY ".length());
                }
                if (!line.startsWith("STATUS")) {
                    System.out.println("   node: " + line);
                } else if (condition.test(StatusLines.fields(line))) {
                    return;
                }
            }
            throw new IllegalStateException("Not done within " + atMost);
        }

        void kill() throws InterruptedException {
            child.kill();
        }
    }
}
