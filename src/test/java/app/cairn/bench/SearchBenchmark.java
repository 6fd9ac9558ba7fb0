package app.cairn.bench;

import app.cairn.search.RebuildProgress;
import app.cairn.search.SearchIndexes;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketSearch;
import app.cairn.support.TicketSearchRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search benchmark, printing its figures:
 *
 * <ol>
 *   <li>generates (once, kept for later runs) a desk of N tickets with 5 messages each from {@link SearchCorpus},
 *       and MariaDB {@code FULLTEXT} indexes over the same subjects and messages;
 *   <li>a full rebuild of the search index with its progress, the time, the index size on disk;
 *   <li>single-term, two-term, and phrase + two filters + facets queries through the app's ticket search (first
 *       page of 25 with total, facets and highlights) — p50/p99 — and the same queries on MariaDB FULLTEXT
 *       ({@code MATCH … AGAINST} in boolean mode) over the same rows in the same run, with the ratio;
 *   <li>commit-to-searchable times of customer replies written at a steady rate while they are searched for;
 *   <li>the heap in use.
 * </ol>
 *
 * Run with {@code ./mvnw -Pbench-search test-compile}; {@code -Dbench.tickets=N}, {@code -Dbench.reindex=false}.
 */
public final class SearchBenchmark {

    private static final int CHUNK = 5_000;
    private static final int CUSTOMERS = 200_000;
    private static final int LUCENE_RUNS = 30;
    private static final int MARIADB_RUNS = 3;
    private static final int MARIADB_PHRASE_RUNS = 1;
    private static final java.time.Duration MARIADB_LIMIT = java.time.Duration.ofSeconds(60);

    private SearchBenchmark() {}

    /** Arguments: the build folder, tickets, replies per second, seconds of writing, whether to rebuild. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        int tickets = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int writeSeconds = Integer.parseInt(args[3]);
        boolean reindex = Boolean.parseBoolean(args[4]);
        boolean openSearch = args.length > 5 && args[5].equalsIgnoreCase("opensearch");
        boolean compare = !openSearch && (args.length <= 6 || Boolean.parseBoolean(args[6]));
        Path folder = target.resolve("bench").resolve("search-" + tickets);
        boolean generated = Files.exists(folder.resolve("generated"));
        if (!generated && Files.exists(folder)) {
            org.springframework.util.FileSystemUtils.deleteRecursively(folder);
        }
        System.out.printf(
                Locale.ROOT,
                "Cairn search benchmark: %,d tickets, %,d messages, Lucene (Hibernate Search) vs MariaDB FULLTEXT, "
                        + "%d cores, JDK %s, heap %d MB%n",
                tickets,
                tickets * 5L,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        String[] backend = openSearch
                ? new String[] {"--cairn.search.url=" + app.cairn.testing.OpenSearchServer.url()}
                : new String[0];
        if (openSearch) {
            System.out.println("Backend: OpenSearch 2.19.1, one node in a JVM of its own on this machine, heap "
                    + System.getProperty("cairn.opensearch.heap", "512m"));
        }
        try (ConfigurableApplicationContext app = CustomerDataBenchmark.start(folder, "bench-search", backend)) {
            SearchCorpus corpus = new SearchCorpus(7);
            if (!generated) {
                generate(app, tickets, corpus);
                fullText(app);
            } else {
                System.out.println("Reusing the desk generated in " + folder);
            }
            if (!generated || reindex || openSearch) {
                rebuild(app, folder, openSearch);
            }
            Files.writeString(folder.resolve("generated"), "yes");
            queries(app, corpus, compare, openSearch ? "OpenSearch" : "Lucene");
            if (writeSeconds > 0) {
                nearRealTime(app, rate, writeSeconds);
            }
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.printf(
                    Locale.ROOT,
                    "Heap in use after a full GC: %,d MB of %,d MB%n",
                    heap.getUsed() >> 20,
                    heap.getMax() >> 20);
        }
        System.exit(0);
    }

    private static void generate(ConfigurableApplicationContext app, int tickets, SearchCorpus corpus) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        JdbcTemplate batch = app.getBean(JdbcTemplate.class);
        long started = System.nanoTime();
        String[] first = {
            "Anna", "Hugo", "Mei", "Lukas", "Sofia", "Wei", "Emma", "Jonas", "Lea", "Chen", "Marta", "Ivan"
        };
        String[] last = {"Martin", "Müller", "Wang", "Schmidt", "García", "Li", "Rossi", "Novak", "Zhang", "Dubois"};
        jdbc.sql("""
                        INSERT INTO customer (email, first_name, last_name, country, time_zone, language, signup_at,
                            source, created_at, updated_at)
                        SELECT CONCAT('search-', seq, '@example.com'), ELT(1 + seq %% 12, %s), ELT(1 + seq %% 10, %s),
                               'DE', 'Europe/Berlin', 'en', UTC_TIMESTAMP(6), 'bench', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
                        FROM seq_1_to_%d""".formatted(quoted(first), quoted(last), CUSTOMERS)).update();
        jdbc.sql("""
                        INSERT INTO ticket_requester (customer_id, name, email, updated_at)
                        SELECT id, CONCAT(first_name, ' ', last_name), email, UTC_TIMESTAMP(6) FROM customer
                        WHERE source = 'bench'""").update();
        long firstCustomer = jdbc.sql("SELECT MIN(id) FROM customer WHERE source = 'bench'")
                .query(Long.class)
                .single();
        String[] statuses = {"NEW", "OPEN", "PENDING", "SOLVED", "CLOSED", "CLOSED", "SOLVED", "CLOSED"};
        String[] priorities = {"LOW", "NORMAL", "NORMAL", "HIGH", "URGENT"};
        String[] channels = {"EMAIL", "WEB_FORM", "API", "AGENT"};
        java.time.LocalDateTime base = java.time.LocalDateTime.of(2024, 1, 1, 0, 0);
        for (int from = 0; from < tickets; from += CHUNK) {
            List<Object[]> rows = new ArrayList<>(CHUNK);
            for (int i = from; i < Math.min(tickets, from + CHUNK); i++) {
                var at = base.plusMinutes(i);
                rows.add(new Object[] {
                    corpus.subject(),
                    firstCustomer + corpus.nextInt(CUSTOMERS),
                    channels[i % channels.length],
                    statuses[corpus.nextInt(statuses.length)],
                    priorities[corpus.nextInt(priorities.length)],
                    "D8-" + (100_000 + i),
                    at,
                    at.plusHours(3)
                });
            }
            batch.batchUpdate("""
                    INSERT INTO ticket (subject, customer_id, channel, status, priority, order_number, created_at,
                        updated_at, messages)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 5)""", rows);
            if ((from / CHUNK) % 40 == 39) {
                progress("tickets", from + CHUNK, tickets, started);
            }
        }
        long firstTicket =
                jdbc.sql("SELECT MIN(id) FROM ticket").query(Long.class).single();
        long lastTicket =
                jdbc.sql("SELECT MAX(id) FROM ticket").query(Long.class).single();
        for (long from = firstTicket; from <= lastTicket; from += CHUNK / 5) {
            List<Object[]> rows = new ArrayList<>(CHUNK);
            for (long ticket = from; ticket <= Math.min(lastTicket, from + CHUNK / 5 - 1); ticket++) {
                String before = null;
                for (int m = 0; m < 5; m++) {
                    String text = corpus.message();
                    boolean quoting = before != null && corpus.quotes();
                    rows.add(new Object[] {
                        ticket,
                        m == 3 ? "NOTE" : "REPLY",
                        m % 2 == 0 ? "CUSTOMER" : "STAFF",
                        quoting ? text + "\n\n> " + before.replace("\n", "\n> ") : text,
                        quoting ? text : null,
                        base.plusMinutes(ticket).plusMinutes(20L * m)
                    });
                    before = text;
                }
            }
            batch.batchUpdate("""
                    INSERT INTO ticket_message (ticket_id, kind, author_type, channel, body_text, shown_text, created_at)
                    VALUES (?, ?, ?, 'EMAIL', ?, ?, ?)""", rows);
            if (((from - firstTicket) / (CHUNK / 5)) % 200 == 199) {
                progress("messages of tickets", from - firstTicket + CHUNK / 5, lastTicket - firstTicket + 1, started);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Generated in %.0f s: %,d tickets, %,d messages%n",
                seconds(started),
                jdbc.sql("SELECT COUNT(*) FROM ticket").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM ticket_message")
                        .query(Long.class)
                        .single());
    }

    private static String quoted(String[] values) {
        return String.join(", ", Stream.of(values).map(v -> "'" + v + "'").toList());
    }

    /** The MariaDB side of the comparison: FULLTEXT indexes over the same subjects and messages. */
    private static void fullText(ConfigurableApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long started = System.nanoTime();
        jdbc.sql("ALTER TABLE ticket_message ADD FULLTEXT INDEX ft_bench_message (body_text)")
                .update();
        jdbc.sql("ALTER TABLE ticket ADD FULLTEXT INDEX ft_bench_subject (subject)")
                .update();
        System.out.printf(Locale.ROOT, "MariaDB FULLTEXT indexes built in %.0f s%n", seconds(started));
    }

    private static void rebuild(ConfigurableApplicationContext app, Path folder, boolean openSearch) throws Exception {
        SearchIndexes indexes = app.getBean(SearchIndexes.class);
        long started = System.nanoTime();
        // an index that is new (another backend) is already being built by the app itself: that build is timed
        if (!indexes.progress().running() && !indexes.rebuildAll()) {
            throw new IllegalStateException("a rebuild is already running on another node");
        }
        long nextPrint = System.nanoTime();
        RebuildProgress progress = indexes.progress();
        while (progress.running()) {
            if (System.nanoTime() >= nextPrint) {
                System.out.printf(
                        Locale.ROOT,
                        "  rebuild: %,d of %,d documents (%.0f s)%n",
                        progress.done(),
                        progress.total(),
                        seconds(started));
                nextPrint = System.nanoTime() + 30_000_000_000L;
            }
            Thread.sleep(500);
            progress = indexes.progress();
        }
        if (progress.failure() != null) {
            throw new IllegalStateException("rebuild failed: " + progress.failure());
        }
        System.out.printf(
                Locale.ROOT,
                "Full rebuild: %,d documents (tickets and customers) in %.0f s; index on disk %,d MB%n",
                progress.done(),
                seconds(started),
                (openSearch ? openSearchBytes() : size(folder.resolve("search-index"))) >> 20);
    }

    /** The store size of every index on the OpenSearch node (primaries: it has no replicas). */
    private static long openSearchBytes() throws Exception {
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            String stats = client.send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                            app.cairn.testing.OpenSearchServer.url() + "/_stats/store"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString())
                    .body();
            var size = java.util.regex.Pattern.compile("\"primaries\":\\{\"store\":\\{\"size_in_bytes\":(\\d+)")
                    .matcher(stats);
            if (!size.find()) {
                throw new IllegalStateException("no store size in " + stats);
            }
            return Long.parseLong(size.group(1));
        }
    }

    private static void queries(
            ConfigurableApplicationContext app, SearchCorpus corpus, boolean withMariaDb, String engine) {
        TicketSearch search = app.getBean(TicketSearch.class);
        // every MariaDB statement gives up after MARIADB_LIMIT (counted as failed, timed as that long), so a run ends
        JdbcTemplate limited = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
        limited.setQueryTimeout((int) MARIADB_LIMIT.toSeconds());
        JdbcClient jdbc = JdbcClient.create(limited);
        List<String> single = List.of(
                "refund",
                "parcel",
                "damaged",
                "invoice",
                "zipper",
                "warranty",
                corpus.tailWord(20),
                corpus.tailWord(500),
                corpus.tailWord(5000),
                "refunded");
        List<String> two = List.of(
                "refund parcel",
                "damaged box",
                "invoice payment",
                "tracking courier",
                "scarf torn",
                "wrong size",
                corpus.tailWord(3) + " refund",
                "battery charger",
                "voucher code",
                "late delivery");
        List<String[]> phrases = List.of(
                new String[] {"my order", "CLOSED", "HIGH"},
                new String[] {"the parcel", "SOLVED", "NORMAL"},
                new String[] {"please refund", "CLOSED", "URGENT"},
                new String[] {"still waiting", "OPEN", "HIGH"},
                new String[] {"wrong size", "SOLVED", "LOW"});
        System.out.println("Queries through the app's ticket search: first page of 25 with the exact total and"
                + " highlighted passages; the third set adds facets (MariaDB: the 25 best by score and the count,"
                + " and for the third set counts by status and priority):");
        System.out.println("| query set | " + engine + " p50 | " + engine
                + " p99 | MariaDB FULLTEXT p50 | MariaDB p99 | p99 ratio |");
        System.out.println("|---|---|---|---|---|---|");
        compare(
                "single term",
                single,
                q -> () -> search.search(
                                TicketSearchRequest.of(q, 1, ZoneOffset.UTC, 25).withoutFacets())
                        .total(),
                withMariaDb ? q -> () -> mariaDb(jdbc, "+" + q, null, null) : null);
        compare(
                "two terms",
                two,
                q -> () -> search.search(
                                TicketSearchRequest.of(q, 1, ZoneOffset.UTC, 25).withoutFacets())
                        .total(),
                withMariaDb ? q -> () -> mariaDb(jdbc, "+" + q.replace(" ", " +"), null, null) : null);
        compare(
                "phrase + 2 filters + facets",
                phrases.stream().map(p -> String.join("|", p)).toList(),
                q -> {
                    String[] p = q.split("\\|");
                    String query = "\"" + p[0] + "\" status:" + p[1].toLowerCase(Locale.ROOT) + " priority:"
                            + p[2].toLowerCase(Locale.ROOT);
                    return () -> search.search(TicketSearchRequest.of(query, 1, ZoneOffset.UTC, 25))
                            .total();
                },
                withMariaDb
                        ? q -> {
                            String[] p = q.split("\\|");
                            return () -> mariaDb(jdbc, "+\"" + p[0] + "\"", p[1], p[2]);
                        }
                        : null);
        Latencies faceted = run(
                single,
                q -> () -> search.search(TicketSearchRequest.of(q, 1, ZoneOffset.UTC, 25))
                        .total(),
                LUCENE_RUNS);
        System.out.printf(
                Locale.ROOT,
                "Single terms with the five facets as the search page asks for them: p50 %d ms, p99 %d ms%n",
                faceted.at(0.5),
                faceted.at(0.99));
        Latencies chinese = run(
                List.of("退款", "包裹 快递", "尺码 不合适"),
                q -> () -> search.search(TicketSearchRequest.of(q, 1, ZoneOffset.UTC, 25))
                        .total(),
                LUCENE_RUNS);
        System.out.printf(
                Locale.ROOT,
                "Chinese words (%s only: MariaDB's FULLTEXT has no Chinese word segmentation): p50 %d ms, p99 %d ms%n",
                engine,
                chinese.at(0.5),
                chinese.at(0.99));
    }

    private interface Query extends java.util.function.Function<String, Supplier<Long>> {}

    private static void compare(String name, List<String> queries, Query lucene, Query mariaDb) {
        run(queries, lucene, 3);
        Latencies fast = run(queries, lucene, LUCENE_RUNS);
        if (mariaDb == null) {
            System.out.printf(Locale.ROOT, "| %s | %d ms | %d ms | – | – | – |%n", name, fast.at(0.5), fast.at(0.99));
            return;
        }
        // a phrase with facets takes MariaDB minutes at this size: each phrase once
        Latencies slow = run(queries, mariaDb, name.startsWith("phrase") ? MARIADB_PHRASE_RUNS : MARIADB_RUNS);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d ms | %d ms | %,d ms | %,d ms | %.0f× |%n",
                name,
                fast.at(0.5),
                fast.at(0.99),
                slow.at(0.5),
                slow.at(0.99),
                slow.at(0.99) / (double) Math.max(1, fast.at(0.99)));
    }

    private static Latencies run(
            List<String> queries, java.util.function.Function<String, Supplier<Long>> kind, int runs) {
        List<Long> times = new ArrayList<>();
        java.util.Map<String, List<Long>> byQuery = new java.util.LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            for (String query : queries) {
                Supplier<Long> work = kind.apply(query);
                long started = System.nanoTime();
                try {
                    if (work.get() < 0) {
                        throw new IllegalStateException();
                    }
                } catch (org.springframework.dao.DataAccessException failed) {
                    // MariaDB gives up on some of these at this size: counted and said, timed until it gave up
                    failures.add(query + ": " + failed.getMostSpecificCause().getMessage());
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                times.add(millis);
                byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add(millis);
            }
        }
        if (runs > 3) {
            // where the tail comes from: the query that is slowest at its median
            byQuery.entrySet().stream()
                    .max(java.util.Comparator.comparingLong(
                            e -> Latencies.of(List.of(e.getValue())).at(0.5)))
                    .ifPresent(e -> System.out.printf(
                            Locale.ROOT,
                            "  (slowest query: %s, p50 %d ms, max %d ms)%n",
                            e.getKey(),
                            Latencies.of(List.of(e.getValue())).at(0.5),
                            Latencies.of(List.of(e.getValue())).at(1)));
        }
        if (!failures.isEmpty()) {
            System.out.printf(
                    Locale.ROOT,
                    "  (%d of %d queries failed or gave up after the limit, e.g. %s)%n",
                    failures.size(),
                    times.size(),
                    failures.getFirst());
        }
        return Latencies.of(List.of(times));
    }

    /** The MariaDB equivalent: the 25 best tickets by FULLTEXT score, the total, and (with filters) two facets. */
    private static long mariaDb(JdbcClient jdbc, String against, String status, String priority) {
        String filters = status == null ? "" : " AND t.status = :status AND t.priority = :priority";
        String matching = """
                SELECT m.ticket_id AS id, MATCH(m.body_text) AGAINST(:q IN BOOLEAN MODE) AS score
                FROM ticket_message m JOIN ticket t ON t.id = m.ticket_id
                WHERE MATCH(m.body_text) AGAINST(:q IN BOOLEAN MODE)%s
                UNION ALL
                SELECT t.id, MATCH(t.subject) AGAINST(:q IN BOOLEAN MODE) FROM ticket t
                WHERE MATCH(t.subject) AGAINST(:q IN BOOLEAN MODE)%s""".formatted(filters, filters);
        var top = jdbc.sql("SELECT id, MAX(score) s FROM (" + matching + ") x GROUP BY id ORDER BY s DESC LIMIT 25")
                .param("q", against);
        var count =
                jdbc.sql("SELECT COUNT(DISTINCT id) FROM (" + matching + ") x").param("q", against);
        if (status != null) {
            top = top.param("status", status).param("priority", priority);
            count = count.param("status", status).param("priority", priority);
            for (String facet : List.of("status", "priority")) {
                jdbc.sql("SELECT t." + facet + ", COUNT(DISTINCT t.id) FROM (" + matching
                                + ") x JOIN ticket t ON t.id = x.id GROUP BY t." + facet)
                        .param("q", against)
                        .param("status", status)
                        .param("priority", priority)
                        .query()
                        .listOfRows();
            }
        }
        top.query().listOfRows();
        return count.query(Long.class).single();
    }

    /**
     * Customer replies at a steady rate, each with a word of its own; for each, the time from its commit until a
     * search finds it.
     */
    private static void nearRealTime(ConfigurableApplicationContext app, int rate, int seconds) throws Exception {
        TicketManagement tickets = app.getBean(TicketManagement.class);
        TicketSearch search = app.getBean(TicketSearch.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        // closed tickets refuse replies (the customer's next message opens a new ticket): reply to the others
        List<Long> open = jdbc.sql("SELECT id FROM ticket WHERE status <> 'CLOSED' ORDER BY id LIMIT 50000")
                .query(Long.class)
                .list();
        // each run's words are its own, so a word an earlier run indexed is never found early
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService probes = Executors.newFixedThreadPool(4);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        int total = rate * seconds;
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long ticket = open.get(random.nextInt(open.size()));
            String word = "nrt" + run + "z" + i;
            writers.submit(() -> {
                try {
                    tickets.customerReply(ticket, TicketChannel.EMAIL, "Any news? " + word, null, null);
                    long committed = System.nanoTime();
                    probes.submit(() -> probe(search, word, committed, latencies, failures));
                } catch (RuntimeException failed) {
                    failures.add(failed);
                }
            });
        }
        writers.shutdown();
        writers.awaitTermination(5, TimeUnit.MINUTES);
        probes.shutdown();
        probes.awaitTermination(5, TimeUnit.MINUTES);
        Latencies found = Latencies.of(List.of(new ArrayList<>(latencies)));
        System.out.printf(
                Locale.ROOT,
                "Commit to searchable, %d replies/s for %d s (%,d replies, %d failed): p50 %d ms, p95 %d ms, max %d ms%n",
                rate,
                seconds,
                found.count(),
                failures.size(),
                found.at(0.5),
                found.at(0.95),
                found.at(1));
        failures.stream().limit(3).forEach(Throwable::printStackTrace);
    }

    private static void probe(
            TicketSearch search,
            String word,
            long committed,
            List<Long> latencies,
            ConcurrentLinkedQueue<Throwable> failures) {
        try {
            long deadline = committed + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (search.search(TicketSearchRequest.of(word, 1, ZoneOffset.UTC, 1))
                                .total()
                        > 0) {
                    latencies.add((System.nanoTime() - committed) / 1_000_000);
                    return;
                }
                Thread.sleep(10);
            }
            failures.add(new IllegalStateException(word + " not found within 30 s"));
        } catch (InterruptedException | RuntimeException failed) {
            failures.add(failed);
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    private static void progress(String what, long done, long all, long started) {
        System.out.printf(Locale.ROOT, "  %s: %,d of %,d (%.0f s)%n", what, Math.min(done, all), all, seconds(started));
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
