package app.cairn.eval;

import app.cairn.imports.ErrorPolicy;
import app.cairn.imports.ImportSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the Online Retail II files hold, counted straight from the CSV without Cairn: customers (non-blank
 * {@code Customer ID}), invoices with a customer, their cancellations ({@code C…}) and lines. An invoice in both
 * files (December 2010 is in both) counts once, with the lines of the first file that has it.
 */
record RetailCounts(Set<String> customers, Set<String> invoices, long cancellations, long lines, long guestRows) {

    static RetailCounts of(List<Path> files) throws IOException {
        Map<String, Path> firstFile = new HashMap<>();
        Set<String> customers = new HashSet<>();
        Set<String> invoices = new HashSet<>();
        long lines = 0;
        long guestRows = 0;
        for (Path file : files) {
            for (CSVRecord row : parse(file)) {
                String invoice = row.get("Invoice");
                if (!firstFile.computeIfAbsent(invoice, i -> file).equals(file)) {
                    continue;
                }
                String customer = row.get("Customer ID").strip();
                if (customer.isEmpty()) {
                    guestRows++;
                } else {
                    customers.add(customer);
                    invoices.add(invoice);
                    lines++;
                }
            }
        }
        long cancellations = invoices.stream().filter(i -> i.startsWith("C")).count();
        return new RetailCounts(customers, invoices, cancellations, lines, guestRows);
    }

    static List<String> header(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            return parser.iterator().next().toList();
        }
    }

    /**
     * The mapping a person sets up on the import page for these files: the guessed columns, times in London,
     * pounds sterling, {@code C} for cancellations, and rows without a customer skipped.
     */
    static ImportSettings mapping(ImportSettings guessed) {
        return guessed.withOrderDefaults("Europe/London", "GBP", "C").withErrorPolicy(ErrorPolicy.SKIP_ROWS);
    }

    private static Iterable<CSVRecord> parse(Path file) throws IOException {
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                .getRecords();
    }
}
