package app.cairn.bench;

import app.cairn.CairnApplication;
import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventData;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerDuplicates;
import app.cairn.customer.CustomerFilter;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.DuplicateScan;
import app.cairn.demo.DemoDataGenerator;
import app.cairn.demo.DemoDataSummary;
import app.cairn.demo.PurchaseProcess;
import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Customer-data benchmark at a million customers, through the module APIs the pages and jobs use, printing its
 * figures:
 *
 * <ol>
 *   <li>CSV import of {@code N} customers into an empty database (its own data folder, removed afterwards);
 *   <li>the demo generator's bulk path: {@code N} people with their orders and events, with progress;
 *   <li>the duplicate scan over all of them;
 *   <li>the customer list's first page and filtered pages (page query and count, as the grid asks);
 *   <li>the customer page's reads for a customer with 1,000 orders.
 * </ol>
 *
 * Run with {@code ./mvnw -Pbench-customers test-compile} ({@code -Dbench.customers=N} for another size;
 * {@code -Dbench.reuse=true} keeps the generated database between runs and skips steps 1 and 2 when it holds
 * data; {@code -Dbench.generate=false} skips the generator and runs steps 3 to 5 on the imported customers).
 */
public final class CustomerDataBenchmark {

    private static final int REPEATS = 7;

    private CustomerDataBenchmark() {}

    /** Arguments: the build folder, the number of customers, whether to keep and reuse the generated data. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        int customers = Integer.parseInt(args[1]);
        boolean reuse = Boolean.parseBoolean(args[2]);
        boolean generate = args.length < 4 || Boolean.parseBoolean(args[3]);
        System.out.printf(
                Locale.ROOT,
                "Cairn customer-data benchmark: %,d customers, embedded MariaDB, %d cores, JDK %s, heap max %d MB%n",
                customers,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        if (!generate) {
            // the reads run on the imported customers (no orders or events) instead of a generated shop
            importCustomers(target, customers, CustomerDataBenchmark::reads);
            return;
        }
        Path generated = target.resolve("bench").resolve("customers-" + customers);
        boolean haveData = reuse && Files.isDirectory(generated);
        if (!haveData) {
            importCustomers(target, customers, app -> {});
        }
        try (ConfigurableApplicationContext app = start(generated, "bench-generated")) {
            if (!haveData) {
                generate(app, customers, generated);
            }
            reads(app);
        } finally {
            if (!reuse) {
                FileSystemUtils.deleteRecursively(generated);
            }
        }
    }

    public static ConfigurableApplicationContext start(Path folder, String name, String... more) {
        // command-line arguments, so they win over application.yml (builder properties would only be defaults)
        List<String> args = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--cairn.data-dir=" + folder,
                "--cairn.db.embedded.server-dir=" + folder.resolveSibling("mariadb-server"),
                "--cairn.db.embedded.buffer-pool-size=2G",
                "--cairn.db.embedded.log-file-size=1G",
                "--cairn.demo.enabled=false",
                "--cairn.scheduler.auto-startup=false",
                "--cairn.scheduler.name=" + name,
                "--spring.main.banner-mode=off",
                "--logging.level.root=error",
                "--logging.level.app.cairn.staff=warn",
                "--vaadin.devmode.devTools.enabled=false"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(CairnApplication.class).run(args.toArray(String[]::new));
    }

    private static void reads(ConfigurableApplicationContext app) {
        scanDuplicates(app);
        customerList(app);
        customerPage(app);
    }

    private static void importCustomers(
            Path target, int customers, java.util.function.Consumer<ConfigurableApplicationContext> then)
            throws Exception {
        Path folder = target.resolve("bench")
                .resolve("import-" + ProcessHandle.current().pid());
        Path csv = target.resolve("bench").resolve("customers-" + customers + ".csv");
        writeCustomerCsv(csv, customers);
        System.out.printf(Locale.ROOT, "CSV file: %,d rows, %,d MB%n", customers, Files.size(csv) >> 20);
        try (ConfigurableApplicationContext app = start(folder, "bench-import")) {
            ImportService imports = app.getBean(ImportService.class);
            FileInspection inspection = imports.inspect(csv, csv.getFileName().toString(), ImportKind.CUSTOMERS);
            CpuTime cpu = CpuTime.start(folder);
            long started = System.nanoTime();
            long id = imports.start(
                    csv, csv.getFileName().toString(), inspection.settings(), false, "benchmark", Locale.ENGLISH);
            ImportRun run = imports.await(id, Duration.ofMinutes(30));
            double seconds = seconds(started);
            System.out.printf(
                    Locale.ROOT,
                    "1. Import of %,d customers from CSV: %s in %.1f s (%,.0f rows/s); created %,d, problems %,d"
                            + " — goal ≤ 120 s%n   CPU used meanwhile: %s%n",
                    customers,
                    run.status(),
                    seconds,
                    customers / seconds,
                    run.created(),
                    imports.countProblems(id),
                    cpu.since());
            then.accept(app);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
            Files.deleteIfExists(csv);
        }
    }

    /**
     * Customers as a shop's export would have them: one per line, drawn from a seeded random so that names,
     * places and birthdays vary as in a real list (a third without a birthday).
     */
    private static void writeCustomerCsv(Path csv, int customers) throws Exception {
        Files.createDirectories(csv.getParent());
        String[] countries = {"DE", "FR", "GB", "US", "NL", "ES", "IT", "SE"};
        String[] cities = {"North", "South", "East", "West", "Central", "Harbour", "Old Town", "Riverside"};
        String[] syllables = {
            "an", "be", "ca", "do", "el", "fi", "ga", "ho", "is", "ju", "ka", "lo", "ma", "ne", "ol", "pa", "ri", "sa",
            "to", "ul", "va", "wi", "yo", "ze"
        };
        Random random = new Random(20261122);
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("email,first name,last name,country,city,birthday,signup date,newsletter\n");
            for (int i = 0; i < customers; i++) {
                String country = countries[random.nextInt(countries.length)];
                String birthday = random.nextInt(3) == 0
                        ? ""
                        : LocalDate.of(1950, 1, 1)
                                .plusDays(random.nextInt(50 * 365))
                                .toString();
                out.write("bench" + i + "@example.org," + name(syllables, 2, random) + ","
                        + name(syllables, 3, random) + "," + country + "," + cities[random.nextInt(cities.length)]
                        + "," + birthday + "," + LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)) + ","
                        + (random.nextBoolean() ? "yes" : "no") + "\n");
            }
        }
    }

    private static String name(String[] syllables, int length, Random random) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(syllables[random.nextInt(syllables.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    private static void generate(ConfigurableApplicationContext app, int customers, Path folder) {
        DemoDataGenerator generator = app.getBean(DemoDataGenerator.class);
        CpuTime cpu = CpuTime.start(folder);
        long started = System.nanoTime();
        int step = Math.max(1_000, customers / 20);
        int[] shown = {0};
        DemoDataSummary summary = generator.generate(customers, 20261122, PurchaseProcess.standard(), done -> {
            if (done - shown[0] >= step || done == customers) {
                shown[0] = done;
                System.out.printf(
                        Locale.ROOT, "   generating: %,d of %,d people (%.0f s)%n", done, customers, seconds(started));
            }
        });
        double seconds = seconds(started);
        System.out.printf(
                Locale.ROOT,
                "2. Generated %,d customers (%,d registered twice), %,d orders, %,d events in %.1f s"
                        + " (%,.0f customers/s, %,.0f rows/s without order lines)%n   CPU used meanwhile: %s%n",
                summary.customers(),
                summary.reregistrations(),
                summary.orders(),
                summary.events(),
                seconds,
                summary.customers() / seconds,
                (summary.customers() + summary.orders() + summary.events()) / seconds,
                cpu.since());
    }

    private static void scanDuplicates(ConfigurableApplicationContext app) {
        CustomerDuplicates duplicates = app.getBean(CustomerDuplicates.class);
        long started = System.nanoTime();
        DuplicateScan scan = duplicates.scan();
        System.out.printf(
                Locale.ROOT,
                "3. Duplicate scan: %s over %,d customers in %.1f s, %,d candidate pairs — goal ≤ 120 s%n",
                scan.status(),
                scan.customers(),
                seconds(started),
                scan.candidates());
    }

    private static void customerList(ConfigurableApplicationContext app) {
        CustomerManagement customers = app.getBean(CustomerManagement.class);
        System.out.printf(
                Locale.ROOT,
                "4. Customer list as the page asks it (page of 50 and a count up to 10,000; median and worst of %d)%n",
                REPEATS);
        list(customers, "first page, newest first", CustomerFilter.all(), "signupAt", false);
        list(customers, "sorted by name", CustomerFilter.all(), "name", true);
        list(customers, "search 'Mül'", new CustomerFilter("Mül", null, null, null, null, null), "signupAt", false);
        list(customers, "country DE", new CustomerFilter(null, "DE", null, null, null, null), "signupAt", false);
        list(
                customers,
                "country FR, signed up in one month, e-mail consent",
                new CustomerFilter(
                        null,
                        "FR",
                        null,
                        LocalDate.now().minusMonths(3),
                        LocalDate.now().minusMonths(2),
                        ConsentChannel.EMAIL),
                "signupAt",
                false);
        list(
                customers,
                "e-mail consent",
                new CustomerFilter(null, null, null, null, null, ConsentChannel.EMAIL),
                "name",
                true);
    }

    private static void list(
            CustomerManagement customers, String label, CustomerFilter filter, String sort, boolean ascending) {
        long[] shown = {0};
        Timing page = time(() -> {
            customers.page(filter, 0, 50, sort, ascending);
            return shown[0] = customers.countUpTo(filter, 10_000);
        });
        long[] total = {0};
        Timing exact = time(() -> total[0] = customers.count(filter));
        System.out.printf(
                Locale.ROOT,
                "   %-52s %s (shows %s) — goal ≤ 300 ms; an exact count of the %,d rows would take %s%n",
                label,
                page,
                shown[0] > 10_000 ? "more than 10,000" : String.format(Locale.ROOT, "%,d", shown[0]),
                total[0],
                exact);
    }

    private static void customerPage(ConfigurableApplicationContext app) {
        CustomerManagement customers = app.getBean(CustomerManagement.class);
        CommerceManagement commerce = app.getBean(CommerceManagement.class);
        long id = customers.create(
                new CustomerDetails(
                        "thousand-orders-" + System.nanoTime() + "@example.org",
                        "Tess",
                        "Thousand",
                        null,
                        "GB",
                        "Leeds",
                        "Europe/London",
                        "en-GB",
                        null),
                Instant.parse("2020-01-01T00:00:00Z"),
                "benchmark");
        List<OrderData> orders = new ArrayList<>();
        List<EventData> events = new ArrayList<>();
        Instant at = Instant.parse("2020-01-02T10:00:00Z");
        for (int i = 0; i < 1_000; i++) {
            Instant placed = at.plus(Duration.ofHours(40L * i));
            orders.add(new OrderData(
                    "T" + id + "-" + i,
                    id,
                    placed,
                    OrderStatus.DELIVERED,
                    "GBP",
                    List.of(
                            new OrderLineData("BENCH-A", "Mug", 2, new BigDecimal("8.50")),
                            new OrderLineData("BENCH-B", "Teapot", 1, new BigDecimal("24.00")))));
            events.add(new EventData(id, EventType.PRODUCT_VIEWED, null, placed.minusSeconds(600), null));
            events.add(new EventData(id, EventType.ADDED_TO_CART, null, placed.minusSeconds(300), null));
            events.add(new EventData(id, EventType.ORDER_PLACED, null, placed, null));
        }
        CommerceBulkWriter bulk = app.getBean(CommerceBulkWriter.class);
        bulk.recordOrders(orders);
        bulk.recordEvents(events);
        Timing all = time(() -> {
            customers.find(id).orElseThrow();
            customers.changes(id);
            customers.consentHistory(id);
            commerce.figures(id);
            commerce.orders(id, 0, 50);
            commerce.countOrders(id);
            commerce.timeline(id, 0, 50);
            return commerce.countEvents(id);
        });
        System.out.printf(
                Locale.ROOT,
                "5. Customer page reads for a customer with 1,000 orders and 3,000 events"
                        + " (profile, history, figures, first pages of orders and timeline): %s — goal ≤ 300 ms%n",
                all);
    }

    private record Timing(double medianMs, double worstMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f ms (worst %.1f)", medianMs, worstMs);
        }
    }

    /** One warm-up, then {@value #REPEATS} timed runs. */
    private static Timing time(Supplier<?> work) {
        work.get();
        double[] ms = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long started = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(ms);
        return new Timing(ms[REPEATS / 2], ms[REPEATS - 1]);
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
