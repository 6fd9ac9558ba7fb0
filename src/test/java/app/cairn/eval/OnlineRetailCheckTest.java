package app.cairn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.imports.ImportSettings;
import app.cairn.imports.ImportStatus;
import app.cairn.testing.CairnTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The real-data check: the UCI Online Retail II subset (CC BY 4.0, Chen, UCI Machine Learning Repository)
 * imported through the importer with a saved mapping gives exactly the customers, invoices (cancellations
 * included) and lines that an independent count of the files gives. The folder comes from
 * {@code CAIRN_EVAL_DATA} (default {@code ../shared/data}); without it the check is skipped, unless it is
 * run as the evaluation command ({@code ./mvnw -Peval test}), which then fails and says what is missing.
 */
@CairnTest
class OnlineRetailCheckTest {

    @Autowired
    ImportService imports;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void importingOnlineRetailGivesTheCustomersInvoicesAndLinesOfTheFiles() throws Exception {
        List<Path> files = files();
        RetailCounts expected = RetailCounts.of(files);
        List<String> header = RetailCounts.header(files.getFirst());
        FileInspection first = imports.inspect(files.getFirst(), "online-retail-ii", ImportKind.ORDERS);
        imports.saveMapping("Online Retail II", header, RetailCounts.mapping(first.settings()), "evaluation");

        long started = System.nanoTime();
        for (Path file : files) {
            FileInspection inspection = imports.inspect(file, file.getFileName().toString(), ImportKind.ORDERS);
            assertThat(inspection.remembered())
                    .as("the saved mapping is found by the header")
                    .isTrue();
            ImportSettings settings = inspection.settings();
            long id = imports.start(file, file.getFileName().toString(), settings, false, "evaluation", Locale.ENGLISH);
            ImportRun run = imports.await(id, Duration.ofMinutes(5));
            assertThat(run.status())
                    .as("guest orders (no customer) are rows left out: " + run.message())
                    .isIn(ImportStatus.IMPORTED, ImportStatus.PARTIAL);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        var keys = new java.util.HashMap<String, Object>();
        keys.put("customers", expected.customers());
        keys.put("invoices", expected.invoices());
        long customers = count("SELECT COUNT(*) FROM customer WHERE live_external_id IN (:customers)", keys);
        long invoices = count("SELECT COUNT(*) FROM customer_order WHERE order_number IN (:invoices)", keys);
        long cancellations = count(
                "SELECT COUNT(*) FROM customer_order WHERE order_number IN (:invoices) AND status = 'CANCELLED'", keys);
        long lines = count(
                "SELECT COUNT(*) FROM order_line l JOIN customer_order o ON o.id = l.order_id"
                        + " WHERE o.order_number IN (:invoices)",
                keys);
        System.out.printf(
                "Online Retail II (UCI, CC BY 4.0): %d files imported in %.1f s: %d customers, %d invoices"
                        + " (%d cancellations), %d lines; %d rows without a customer (guest orders) left out%n",
                files.size(), seconds, customers, invoices, cancellations, lines, expected.guestRows());
        assertThat(customers).isEqualTo(expected.customers().size());
        assertThat(invoices).isEqualTo(expected.invoices().size());
        assertThat(cancellations).isEqualTo(expected.cancellations());
        assertThat(lines).isEqualTo(expected.lines());
    }

    private long count(String sql, java.util.Map<String, Object> keys) {
        return jdbc.queryForObject(sql, keys, Long.class);
    }

    private static List<Path> files() throws java.io.IOException {
        String setting = System.getProperty(
                "cairn.eval.data", System.getenv().getOrDefault("CAIRN_EVAL_DATA", "../shared/data"));
        Path folder = Path.of(setting).resolve("online-retail-ii");
        if (!Files.isDirectory(folder)) {
            String message =
                    "The evaluation data is missing: " + folder.toAbsolutePath().normalize()
                            + " does not exist. Set CAIRN_EVAL_DATA to the folder that holds online-retail-ii/.";
            if (Boolean.getBoolean("cairn.eval.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }
}
