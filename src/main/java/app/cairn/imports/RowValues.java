package app.cairn.imports;

import app.cairn.imports.Problem.Severity;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * The values of one row by field, read with the file's settings (date order, decimal comma, time zone). A value
 * that cannot be read becomes an error naming the column, the value and what was expected.
 */
final class RowValues {

    private static final Pattern NOT_NUMBER = Pattern.compile("[^0-9.\\-+]");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "granted", "opt-in", "subscribed", "x");
    private static final Set<String> NO =
            Set.of("no", "n", "false", "0", "withdrawn", "opt-out", "unsubscribed", "denied");

    private final Map<ImportField, Integer> columns = new EnumMap<>(ImportField.class);
    private final Map<ImportField, String> headers = new EnumMap<>(ImportField.class);
    private final Map<String, Integer> attributes = new LinkedHashMap<>();
    private final ImportSettings settings;
    private final ZoneId zone;
    private final DateTimeFormatter dates;
    private final int width;
    private CSVRecord record;
    private final List<Problem> problems = new ArrayList<>();

    RowValues(List<String> header, ImportSettings settings) {
        this.settings = settings;
        this.zone = ZoneId.of(settings.zone());
        this.width = header.size();
        this.dates = switch (settings.dateOrder()) {
            case ISO -> DateTimeFormatter.ofPattern("uuuu-M-d[['T'][' ']H:mm[:ss][.SSS][XXX][X]]");
            case DAY_MONTH_YEAR -> DateTimeFormatter.ofPattern("[d/M/uuuu][d.M.uuuu][d-M-uuuu][' 'H:mm[:ss]]");
            case MONTH_DAY_YEAR -> DateTimeFormatter.ofPattern("M/d/uuuu[' 'H:mm[:ss]]");
        };
        for (int i = 0; i < header.size(); i++) {
            ImportField field = settings.columns().get(header.get(i));
            if (field == ImportField.ATTRIBUTE) {
                attributes.put(header.get(i).strip(), i);
            } else if (field != null) {
                columns.putIfAbsent(field, i);
                headers.putIfAbsent(field, header.get(i));
            }
        }
    }

    /**
     * Moves to the next row; false (with an error) when its number of values does not match the header or a value
     * it imports holds a NUL character.
     */
    boolean next(CSVRecord next) {
        record = next;
        problems.clear();
        if (next.size() != width) {
            problems.add(new Problem(row(), null, null, Severity.ERROR, "import.problem.width", next.size(), width));
            return false;
        }
        columns.forEach((field, column) -> unstorable(headers.get(field), next.get(column)));
        attributes.forEach((header, column) -> unstorable(header, next.get(column)));
        return problems.isEmpty();
    }

    /** A value holding a NUL character is refused rather than stored changed (the file may be binary). */
    private void unstorable(String header, String value) {
        if (!StorableText.storable(value)) {
            problems.add(new Problem(
                    row(), header, value.replace("\0", "\\0"), Severity.ERROR, "import.problem.text-unstorable"));
        }
    }

    long row() {
        return record.getRecordNumber();
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    boolean mapped(ImportField field) {
        return columns.containsKey(field);
    }

    /** The trimmed value, or null when blank or not mapped. */
    String text(ImportField field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    /** The value, with an error when blank. */
    String required(ImportField field) {
        String value = text(field);
        if (value == null) {
            error(field, null, "import.problem.required");
        }
        return value;
    }

    Map<String, String> attributes() {
        Map<String, String> values = new LinkedHashMap<>();
        attributes.forEach((name, column) -> values.put(name, record.get(column)));
        return values;
    }

    LocalDate date(ImportField field) {
        TemporalAccessor parsed = temporal(field);
        return parsed == null ? null : LocalDate.from(parsed);
    }

    Instant instant(ImportField field) {
        TemporalAccessor parsed = temporal(field);
        if (parsed == null) {
            return null;
        }
        if (parsed.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)) {
            return OffsetDateTime.from(parsed).toInstant();
        }
        if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.from(parsed).atZone(zone).toInstant();
        }
        return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
    }

    private TemporalAccessor temporal(ImportField field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return dates.parse(value);
        } catch (DateTimeParseException unreadable) {
            error(field, value, "import.problem.date", example());
            return null;
        }
    }

    private String example() {
        return switch (settings.dateOrder()) {
            case ISO -> "2024-03-31 13:45";
            case DAY_MONTH_YEAR -> "31/03/2024 13:45";
            case MONTH_DAY_YEAR -> "03/31/2024 13:45";
        };
    }

    BigDecimal number(ImportField field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String plain = value.replace(" ", "").replace("\u00a0", "");
        plain = settings.decimalComma() ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        plain = stripCurrencySymbols(plain);
        try {
            if (NOT_NUMBER.matcher(plain).find()) {
                throw new NumberFormatException(plain);
            }
            return new BigDecimal(plain);
        } catch (NumberFormatException unreadable) {
            error(field, value, settings.decimalComma() ? "import.problem.number-comma" : "import.problem.number");
            return null;
        }
    }

    Integer integer(ImportField field) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            error(field, text(field), "import.problem.integer");
            return null;
        }
    }

    Boolean flag(ImportField field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        String normal = value.toLowerCase(Locale.ROOT);
        if (YES.contains(normal)) {
            return true;
        }
        if (NO.contains(normal)) {
            return false;
        }
        error(field, value, "import.problem.flag");
        return null;
    }

    /** The currency code of the field or, when blank, the file's default currency. */
    String currency(ImportField field) {
        String value = text(field);
        if (value == null) {
            value = settings.defaultCurrency();
            if (value == null || value.isBlank()) {
                error(field, null, "import.problem.currency-missing");
                return null;
            }
        }
        try {
            return Currency.getInstance(value.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            error(field, value, "import.problem.currency");
            return null;
        }
    }

    void error(ImportField field, String value, String key, Object... arguments) {
        problems.add(new Problem(row(), headers.get(field), value, Severity.ERROR, key, arguments));
    }

    void warning(ImportField field, String value, String key, Object... arguments) {
        problems.add(new Problem(row(), headers.get(field), value, Severity.WARNING, key, arguments));
    }

    /** A refusal by a module's rules, reported against the row (the message names the field). */
    void refused(RefusedException refused) {
        problems.add(new Problem(row(), null, null, Severity.ERROR, refused.messageKey(), refused.arguments()));
    }

    /** A refusal by a module's rules of the value in the field's column (or of the row, without a field). */
    void refused(ImportField field, RefusedException refused) {
        if (field == null) {
            refused(refused);
        } else {
            problems.add(new Problem(
                    row(), headers.get(field), text(field), Severity.ERROR, refused.messageKey(), refused.arguments()));
        }
    }

    private static String stripCurrencySymbols(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSymbol(value.charAt(start))) {
            start++;
        }
        while (end > start && isSymbol(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isSymbol(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL;
    }
}
