package app.cairn.bench;

import app.cairn.CairnApplication;
import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.journey.Journey;
import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.NodeType;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SmtpSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One Cairn node for the journey benchmark and reliability runs, as its own process so that it can be killed with
 * {@code kill -9}. It starts Cairn (on its embedded database, or on an external one shared with another node) with
 * the given SMTP server and then:
 *
 * <ul>
 *   <li>{@code fresh N WAIT}: fills an empty shop with N customers who agreed to e-mail in a static segment, and
 *       publishes the journey <i>segment entry (existing members too) → wait WAIT → send e-mail → opened within 1
 *       h? → exit</i>, and a second one <i>added to cart → send e-mail → exit</i> for the event latency;
 *   <li>{@code events E}: also records E add-to-cart events, 10 a second, once the first customers have passed the
 *       send step, and prints how long each took from being recorded to its journey's e-mail being queued;
 *   <li>{@code resume}: nothing: the node carries on what the database holds.
 * </ul>
 *
 * Every 2 seconds it prints a line {@code STATUS} with the main journey's counts (entered, passed the send step,
 * at the engagement branch), the heap in use and the old generation after the last collection. It runs until it
 * is stopped.
 */
public final class JourneyBenchNode {

    static final String MAIN = "Bench journey";
    static final String EVENTS = "Bench event journey";

    private JourneyBenchNode() {}

    /**
     * Arguments: data folder, SMTP port, action ({@code fresh}, {@code resume}), customers, wait (ISO-8601),
     * events to record, and optionally an external database's JDBC URL, user and password.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int smtpPort = Integer.parseInt(args[1]);
        String action = args[2];
        int customers = Integer.parseInt(args[3]);
        String wait = args[4];
        int events = Integer.parseInt(args[5]);
        boolean verify = Boolean.parseBoolean(args[6]);
        List<String> options = new ArrayList<>(List.of(
                "--server.port=0",
                "--cairn.data-dir=" + folder,
                "--cairn.db.embedded.server-dir=" + folder.resolveSibling("mariadb-server"),
                "--cairn.db.embedded.buffer-pool-size=1G",
                "--cairn.db.embedded.log-file-size=1G",
                "--spring.datasource.hikari.maximum-pool-size=20",
                "--cairn.demo.enabled=false",
                "--cairn.scheduler.name=journey-bench",
                "--cairn.messaging.lease=20s",
                "--spring.main.banner-mode=off",
                "--logging.level.root=error",
                "--logging.level.app.cairn.journey=warn",
                "--vaadin.devmode.devTools.enabled=false"));
        if (args.length > 9) {
            options.add("--cairn.db.url=" + args[7]);
            options.add("--cairn.db.username=" + args[8]);
            options.add("--cairn.db.password=" + args[9]);
        }
        ConfigurableApplicationContext app =
                new SpringApplicationBuilder(CairnApplication.class).run(options.toArray(String[]::new));
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long started = System.nanoTime();
        if (action.equals("fresh")) {
            MessagingSettings messaging = app.getBean(MessagingSettings.class);
            messaging.saveSmtp(new SmtpSettings("127.0.0.1", smtpPort, MailSecurity.NONE, null, null, 0), "bench");
            messaging.saveRules(new SendingRules(0, 7, null, null, "UTC"), "bench");
            publish(app, shop(app, customers), wait);
        }
        long main = journey(app, MAIN);
        System.out.println("READY");
        if (events > 0) {
            Thread.ofPlatform().daemon().start(() -> latency(app, main, events, customers));
        }
        while (true) {
            status(jdbc, main, started, verify);
            Thread.sleep(2000);
        }
    }

    private static long shop(ConfigurableApplicationContext app, int customers) {
        long t0 = System.nanoTime();
        long segment = BenchShop.everyone(app, customers);
        System.out.printf(Locale.ROOT, "SHOP customers=%d seconds=%.1f%n", customers, (System.nanoTime() - t0) / 1e9);
        return segment;
    }

    private static void publish(ConfigurableApplicationContext app, long segment, String wait) {
        MessagingSettings settings = app.getBean(MessagingSettings.class);
        long sender = settings.saveSender(null, "Bench Shop", "journeys@bench.example", null);
        TemplateManagement templates = app.getBean(TemplateManagement.class);
        long template = templates
                .save(
                        null,
                        new TemplateDraft(
                                "Bench welcome",
                                "Welcome, {{ first_name | default(\"you\") }}",
                                "Good to have you",
                                """
                                <table width="600" cellpadding="0" cellspacing="0"><tr><td>
                                <h1>Hello {{ first_name | default("there") }},</h1>
                                <p>Welcome to the shop. <a href="https://shop.example/new">See what is new</a>.</p>
                                </td></tr></table>""",
                                sender,
                                null),
                        "bench")
                .id();
        JourneyManagement journeys = app.getBean(JourneyManagement.class);
        JourneyGraph graph = new JourneyGraph(
                List.of(
                        step("entry", NodeType.ENTRY_SEGMENT, Map.of("segment", "" + segment, "existing", "yes")),
                        step("wait", NodeType.WAIT_DURATION, Map.of("duration", wait)),
                        step("welcome", NodeType.SEND_EMAIL, Map.of("template", "" + template)),
                        step(
                                "opened",
                                NodeType.BRANCH_ENGAGEMENT,
                                Map.of("message", "welcome", "action", "opened", "hours", "1")),
                        step("engaged", NodeType.EXIT, Map.of()),
                        step("quiet", NodeType.EXIT, Map.of())),
                List.of(
                        new JourneyEdge("entry", "next", "wait"),
                        new JourneyEdge("wait", "next", "welcome"),
                        new JourneyEdge("welcome", "next", "opened"),
                        new JourneyEdge("opened", "yes", "engaged"),
                        new JourneyEdge("opened", "no", "quiet")),
                new JourneySettings(JourneySettings.Reentry.NEVER, 0, false, false));
        Journey main = journeys.create(MAIN, graph, "bench");
        JourneyGraph cart = new JourneyGraph(
                List.of(
                        step("entry", NodeType.ENTRY_EVENT, Map.of("event", "ADDED_TO_CART")),
                        step("reminder", NodeType.SEND_EMAIL, Map.of("template", "" + template)),
                        step("done", NodeType.EXIT, Map.of())),
                List.of(new JourneyEdge("entry", "next", "reminder"), new JourneyEdge("reminder", "next", "done")),
                new JourneySettings(JourneySettings.Reentry.ALWAYS, 0, false, false));
        Journey events = journeys.create(EVENTS, cart, "bench");
        journeys.publish(events.id(), "bench");
        journeys.publish(main.id(), "bench");
        System.out.println("PUBLISHED at=" + Instant.now());
    }

    private static JourneyNode step(String id, NodeType type, Map<String, String> settings) {
        return new JourneyNode(id, type, settings, 0, 0);
    }

    private static long journey(ConfigurableApplicationContext app, String name) {
        return app.getBean(JourneyManagement.class).all().stream()
                .filter(j -> j.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static void status(JdbcClient jdbc, long main, long started, boolean verify) {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("SELECT CONCAT(node_id, '/', measure), SUM(n) FROM journey_node_stat WHERE journey_id = ? GROUP BY 1")
                .param(main)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        String checks = verify ? checks(jdbc, main) : "";
        System.out.printf(
                Locale.ROOT,
                "STATUS entered=%d started=%d waited=%d emailed=%d branched=%d heapMB=%d oldAfterGcMB=%d seconds=%.1f%s%n",
                counts.getOrDefault("entry/entered", 0L),
                counts.getOrDefault("entry/out:next", 0L),
                counts.getOrDefault("wait/out:next", 0L),
                counts.getOrDefault("welcome/out:next", 0L),
                counts.getOrDefault("opened/entered", 0L),
                BenchShop.heapMegabytes(),
                BenchShop.liveMegabytes(),
                (System.nanoTime() - started) / 1e9,
                checks);
    }

    /**
     * What the reliability runs check, counted from the rows themselves: enrolments in the main journey, send steps
     * logged, enrolments with a send step, enrolments with more than one, and the journey's messages in the outbox.
     */
    private static String checks(JdbcClient jdbc, long main) {
        long enrolments = jdbc.sql("SELECT COUNT(*) FROM journey_enrolment WHERE journey_id = ?")
                .param(main)
                .query(Long.class)
                .single();
        List<Long> sends = jdbc.sql("""
                        SELECT COUNT(*), COUNT(DISTINCT s.enrolment_id) FROM journey_step s
                        JOIN journey_enrolment e ON e.id = s.enrolment_id
                        WHERE e.journey_id = ? AND s.node_id = 'welcome'""")
                .param(main)
                .query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
                .single();
        long messages = jdbc.sql("SELECT COUNT(*) FROM email_message WHERE idempotency_key LIKE 'journey:%'")
                .query(Long.class)
                .single();
        return " enrolments=%d sendSteps=%d enrolmentsSent=%d messages=%d"
                .formatted(enrolments, sends.get(0), sends.get(1), messages);
    }

    /**
     * Records add-to-cart events, 10 a second, for random customers while the main journey runs, then prints the
     * time from each event's recording to its e-mail being queued by the event journey: its first action.
     */
    private static void latency(ConfigurableApplicationContext app, long main, int events, int customers) {
        try {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            while (jdbc.sql(
                                    "SELECT COALESCE(SUM(n), 0) FROM journey_node_stat WHERE journey_id = ? AND node_id = 'welcome'"
                                            + " AND measure = 'out:next'")
                            .param(main)
                            .query(Long.class)
                            .single()
                    < Math.min(customers / 10, 10_000)) {
                Thread.sleep(500);
            }
            long first = jdbc.sql("SELECT MIN(id) FROM customer WHERE source = 'bench'")
                    .query(Long.class)
                    .single();
            CommerceManagement commerce = app.getBean(CommerceManagement.class);
            Random random = new Random(7);
            Map<Long, Instant> recorded = new ConcurrentHashMap<>();
            for (int i = 0; i < events; i++) {
                long customer = first + random.nextInt(customers);
                if (recorded.containsKey(customer)) {
                    continue;
                }
                Instant at = Instant.now();
                commerce.recordEvent(customer, EventType.ADDED_TO_CART, null, at, null);
                recorded.put(customer, at);
                Thread.sleep(100);
            }
            long cart = journey(app, EVENTS);
            Map<Long, Instant> queued = new ConcurrentHashMap<>();
            long giveUp = System.nanoTime() + java.time.Duration.ofMinutes(5).toNanos();
            do {
                Thread.sleep(5_000);
                queued.clear();
                jdbc.sql("""
                            SELECT e.customer_id, s.left_at FROM journey_step s
                            JOIN journey_enrolment e ON e.id = s.enrolment_id
                            WHERE e.journey_id = ? AND s.node_id = 'reminder'""")
                        .param(cart)
                        .query((rs, row) -> queued.put(
                                rs.getLong(1),
                                rs.getTimestamp(2).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)))
                        .list();
            } while (queued.size() < recorded.size() && System.nanoTime() < giveUp);
            List<Long> millis = new ArrayList<>();
            recorded.forEach((customer, at) -> {
                Instant done = queued.get(customer);
                if (done != null) {
                    millis.add(java.time.Duration.between(at, done).toMillis());
                }
            });
            Collections.sort(millis);
            System.out.printf(
                    Locale.ROOT,
                    "LATENCY events=%d acted=%d p50ms=%d p95ms=%d maxms=%d%n",
                    recorded.size(),
                    millis.size(),
                    percentile(millis, 50),
                    percentile(millis, 95),
                    millis.isEmpty() ? -1 : millis.getLast());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            System.out.println("LATENCY failed=" + failed.getClass().getSimpleName() + " " + failed.getMessage());
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
