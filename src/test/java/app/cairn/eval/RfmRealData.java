package app.cairn.eval;

import app.cairn.bench.CustomerDataBenchmark;
import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.BlankPolicy;
import app.cairn.customer.CustomerBatch;
import app.cairn.customer.CustomerBulkWriter;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerNormaliser;
import app.cairn.customer.CustomerRecord;
import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.scoring.Clustering;
import app.cairn.scoring.CustomerScoring;
import app.cairn.scoring.RfmCell;
import app.cairn.scoring.RfmSegment;
import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The RFM distribution and clusters of two real order histories, each loaded into a database of its own through
 * the product's paths and scored by the product's RFM scoring and clustering:
 *
 * <ul>
 *   <li>UCI Online Retail II, the 10 non-UK countries (CC BY 4.0, Chen, UCI Machine Learning Repository), through
 *       the importer with the mapping a person sets up (London time, pounds, {@code C} for cancellations);
 *   <li>CDNOW (Fader & Hardie; via the lifetimes project, MIT), {@code CDNOW_master.txt}: 23,570 customers and
 *       their 69,659 purchases of 1997–98, each purchase one order.
 * </ul>
 *
 * Run with {@code ./mvnw -Peval-rfm test-compile}; the data folder comes from {@code CAIRN_EVAL_DATA} (default
 * {@code ../shared/data}), and the command fails, saying so, without it.
 */
public final class RfmRealData {

    private RfmRealData() {}

    /** Arguments: the build folder. */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(System.getenv().getOrDefault("CAIRN_EVAL_DATA", "../shared/data"));
        Path retail = data.resolve("online-retail-ii");
        Path cdnow = data.resolve("cdnow").resolve("CDNOW_master.txt");
        if (!Files.isDirectory(retail) || !Files.isRegularFile(cdnow)) {
            System.err.println(
                    "The evaluation data is missing: " + retail.toAbsolutePath().normalize() + " and "
                            + cdnow.toAbsolutePath().normalize()
                            + " must exist. Set CAIRN_EVAL_DATA to the folder that holds online-retail-ii/ and cdnow/.");
            System.exit(2);
        }
        run(
                target.resolve("eval").resolve("rfm-online-retail"),
                "Online Retail II (UCI, CC BY 4.0)",
                app -> importRetail(app, retail));
        run(target.resolve("eval").resolve("rfm-cdnow"), "CDNOW master (Fader & Hardie)", app -> loadCdnow(app, cdnow));
    }

    private interface Loader {
        void load(ConfigurableApplicationContext app) throws Exception;
    }

    private static void run(Path folder, String title, Loader loader) throws Exception {
        FileSystemUtils.deleteRecursively(folder);
        try (ConfigurableApplicationContext app = CustomerDataBenchmark.start(folder, "eval-rfm")) {
            loader.load(app);
            CustomerScoring scoring = app.getBean(CustomerScoring.class);
            int scored = scoring.scoreRfm();
            report(title, scored, scoring.rfmMap());
            Clustering clustering = scoring.findClusters();
            // the figures count days up to now; the data ends years ago, so they are shown up to its last order
            java.time.Instant end = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("SELECT MAX(placed_at) FROM customer_order", java.time.LocalDateTime.class)
                    .toInstant(ZoneOffset.UTC);
            double offset = Duration.between(end, clustering.computedAt()).toSeconds() / 86_400.0;
            System.out.printf(
                    Locale.ROOT,
                    "   clusters: k = %d, silhouette %.3f (by k: %s)%n",
                    clustering.k(),
                    clustering.silhouette(),
                    clustering.candidates().entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%d: %.3f", e.getKey(), e.getValue()))
                            .toList());
            clustering
                    .clusters()
                    .forEach(c -> System.out.printf(
                            Locale.ROOT,
                            "   cluster %d: %,d customers, %.0f days from the last order to the data's end,"
                                    + " %.1f orders, spend %s, average order %s, %.0f days a customer: %s%n",
                            c.number(),
                            c.customers(),
                            c.recencyDays() - offset,
                            c.orders(),
                            c.spend(),
                            c.averageOrder(),
                            c.tenureDays() - offset,
                            c.traits()));
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static void report(String title, int scored, List<RfmCell> cells) {
        Map<RfmSegment, long[]> bySegment = new EnumMap<>(RfmSegment.class);
        for (RfmCell cell : cells) {
            bySegment.computeIfAbsent(cell.segment(), s -> new long[1])[0] += cell.customers();
        }
        System.out.printf(Locale.ROOT, "%s: %,d customers with orders scored%n", title, scored);
        for (RfmSegment segment : RfmSegment.values()) {
            long customers = bySegment.getOrDefault(segment, new long[1])[0];
            System.out.printf(Locale.ROOT, "   %-20s %,7d  %5.1f %%%n", segment, customers, 100.0 * customers / scored);
        }
        StringBuilder grid = new StringBuilder("   R\\F      1      2      3      4      5\n");
        for (int i = 0; i < cells.size(); i++) {
            if (i % 5 == 0) {
                grid.append(String.format(Locale.ROOT, "   R %d", cells.get(i).r()));
            }
            grid.append(String.format(Locale.ROOT, " %6d", cells.get(i).customers()));
            if (i % 5 == 4) {
                grid.append('\n');
            }
        }
        System.out.print(grid);
    }

    private static void importRetail(ConfigurableApplicationContext app, Path folder) throws Exception {
        // the retailer's prices are in pounds: report in pounds, as the shop would
        app.getBean(app.cairn.commerce.CurrencyManagement.class).setReportingCurrency("GBP", "eval");
        ImportService imports = app.getBean(ImportService.class);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path file : files) {
            FileInspection inspection = imports.inspect(file, file.getFileName().toString(), ImportKind.ORDERS);
            long id = imports.start(
                    file,
                    file.getFileName().toString(),
                    RetailCounts.mapping(inspection.settings()),
                    false,
                    "evaluation",
                    Locale.ENGLISH);
            ImportRun run = imports.await(id, Duration.ofMinutes(10));
            if (!run.status().wrote()) {
                throw new IllegalStateException(file + ": " + run.message());
            }
        }
    }

    /** Customers by their CDNOW number (external id), then one paid order per purchase line, at noon UTC. */
    private static void loadCdnow(ConfigurableApplicationContext app, Path file) throws Exception {
        app.getBean(app.cairn.commerce.CurrencyManagement.class).setReportingCurrency("USD", "eval");
        Map<String, List<String[]>> purchases = new LinkedHashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.strip().split("\\s+");
                if (cells.length == 4 && cells[0].chars().allMatch(Character::isDigit)) {
                    purchases.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
                }
            }
        }
        CustomerBulkWriter customers = app.getBean(CustomerBulkWriter.class);
        CommerceBulkWriter commerce = app.getBean(CommerceBulkWriter.class);
        List<String> numbers = new ArrayList<>(purchases.keySet());
        int orderNo = 0;
        for (int from = 0; from < numbers.size(); from += 2_000) {
            List<String> batch = numbers.subList(from, Math.min(numbers.size(), from + 2_000));
            List<CustomerRecord> records = batch.stream()
                    .map(n -> CustomerNormaliser.record(new CustomerRecord(
                            "cdnow-" + n,
                            new CustomerDetails(null, null, "CDNOW " + n, null, "US", null, null, null, null),
                            day(purchases.get(n).getFirst()[1]).atStartOfDay().toInstant(ZoneOffset.UTC),
                            "cdnow",
                            Set.of(),
                            Map.of(),
                            Map.of())))
                    .toList();
            CustomerBatch written = customers.write(records, BlankPolicy.KEEP, "evaluation", "cdnow");
            List<OrderData> orders = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                for (String[] purchase : purchases.get(batch.get(i))) {
                    orders.add(new OrderData(
                            "CDNOW-" + (++orderNo),
                            written.ids().get(i),
                            day(purchase[1]).atTime(12, 0).toInstant(ZoneOffset.UTC),
                            OrderStatus.PAID,
                            "USD",
                            List.of(new OrderLineData("CD", purchase[2] + " CDs", 1, new BigDecimal(purchase[3])))));
                }
            }
            commerce.recordOrders(orders);
        }
    }

    private static LocalDate day(String yyyymmdd) {
        return LocalDate.of(
                Integer.parseInt(yyyymmdd.substring(0, 4)),
                Integer.parseInt(yyyymmdd.substring(4, 6)),
                Integer.parseInt(yyyymmdd.substring(6, 8)));
    }
}
