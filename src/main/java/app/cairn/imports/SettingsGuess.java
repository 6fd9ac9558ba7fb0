package app.cairn.imports;

import app.cairn.customer.BlankPolicy;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** First settings for a file nobody has mapped yet: fields from the header names, date order from the values. */
final class SettingsGuess {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");
    private static final Pattern OTHER_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-]\\d{4}.*");
    private static final Set<ImportField> DATES =
            EnumSet.of(ImportField.BIRTHDAY, ImportField.SIGNUP_AT, ImportField.PLACED_AT);

    private SettingsGuess() {}

    static ImportSettings guess(ImportKind kind, CsvDialect dialect, List<String> header, List<List<String>> rows) {
        Map<String, ImportField> columns = mapping(kind, header);
        return new ImportSettings(
                kind,
                dialect.charset().name(),
                dialect.delimiter(),
                dateOrder(header, rows, columns),
                false,
                "UTC",
                BlankPolicy.KEEP,
                ErrorPolicy.REJECT_FILE,
                null,
                null,
                columns);
    }

    /** Each header to the first field of the kind it suggests and no earlier header took. */
    static Map<String, ImportField> mapping(ImportKind kind, List<String> header) {
        Map<String, ImportField> columns = new LinkedHashMap<>();
        Set<ImportField> used = EnumSet.noneOf(ImportField.class);
        for (String name : header) {
            for (ImportField field : kind.fields()) {
                if (!used.contains(field) && field.suggestedBy(name)) {
                    columns.put(name, field);
                    used.add(field);
                    break;
                }
            }
        }
        return columns;
    }

    private static DateOrder dateOrder(List<String> header, List<List<String>> rows, Map<String, ImportField> columns) {
        for (int c = 0; c < header.size(); c++) {
            if (!DATES.contains(columns.get(header.get(c)))) {
                continue;
            }
            for (List<String> row : rows) {
                String value = c < row.size() ? row.get(c).strip() : "";
                if (ISO_DATE.matcher(value).matches()) {
                    return DateOrder.ISO;
                }
                Matcher other = OTHER_DATE.matcher(value);
                if (other.matches() && Integer.parseInt(other.group(1)) > 12) {
                    return DateOrder.DAY_MONTH_YEAR;
                }
                if (other.matches() && Integer.parseInt(other.group(2)) > 12) {
                    return DateOrder.MONTH_DAY_YEAR;
                }
            }
        }
        return DateOrder.ISO;
    }
}
