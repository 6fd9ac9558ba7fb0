package app.cairn.segment.internal.membership;

import app.cairn.shared.RefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Reads a list of customers from CSV in batches: a column headed {@code customer}, {@code customer_id} or
 * {@code id} holds customer numbers, one headed {@code email} or {@code e-mail} addresses (the segment download's
 * own format has both, and numbers win). Without such a header, each row's first cell is a number or an address,
 * and the first row counts too. Commas, semicolons and tabs separate cells.
 */
public final class MemberListReader {

    public static final int BATCH = 2_000;

    private static final Set<String> ID_HEADERS = Set.of("customer", "customer_id", "customer id", "id");
    private static final Set<String> EMAIL_HEADERS = Set.of("email", "e-mail", "e_mail", "email address");

    /** One row's value, with its line. */
    public record Listed(long line, String value) {

        public boolean isNumber() {
            return !value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() <= 18;
        }
    }

    private MemberListReader() {}

    /**
     * Hands the rows' values to {@code batches}, {@value #BATCH} at a time.
     *
     * @throws RefusedException when the file is not CSV that can be read
     */
    public static void read(InputStream in, Consumer<List<Listed>> batches) {
        try (Reader reader = new InputStreamReader(
                        BOMInputStream.builder().setInputStream(in).get(), StandardCharsets.UTF_8);
                java.io.BufferedReader lines = new java.io.BufferedReader(reader)) {
            lines.mark(64 * 1024);
            String first = lines.readLine();
            if (first == null) {
                throw new RefusedException("segment.list.empty");
            }
            lines.reset();
            char delimiter = delimiter(first);
            CSVParser parser = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(true)
                    .setTrim(true)
                    .get()
                    .parse(lines);
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.next();
            int column = column(header);
            List<Listed> batch = new ArrayList<>(BATCH);
            if (column < 0) {
                column = 0;
                add(batch, header, column, parser);
            }
            while (records.hasNext()) {
                add(batch, records.next(), column, parser);
                if (batch.size() == BATCH) {
                    batches.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RefusedException("segment.list.unreadable", e.getMessage());
        }
    }

    private static void add(List<Listed> batch, CSVRecord record, int column, CSVParser parser) {
        String value = column < record.size() ? record.get(column).strip() : "";
        if (!value.isEmpty()) {
            // a header row is line 1; a quoted value may span lines, so the parser's line number is the one
            batch.add(new Listed(parser.getCurrentLineNumber(), value));
        }
    }

    /** The column of customer numbers (preferred) or addresses, or −1 when the first row is no header. */
    private static int column(CSVRecord header) {
        int email = -1;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (ID_HEADERS.contains(name)) {
                return i;
            }
            if (EMAIL_HEADERS.contains(name) && email < 0) {
                email = i;
            }
        }
        return email;
    }

    private static char delimiter(String firstLine) {
        if (firstLine.indexOf('\t') >= 0) {
            return '\t';
        }
        if (firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0) {
            return ';';
        }
        return ',';
    }
}
