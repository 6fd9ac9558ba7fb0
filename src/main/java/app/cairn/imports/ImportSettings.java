package app.cairn.imports;

import app.cairn.customer.BlankPolicy;
import java.util.Map;

/**
 * How to read a file and what to do with it. Saved with the file's header, so that the next file with the same
 * columns gets the same settings.
 *
 * @param encoding the file's charset name, e.g. {@code UTF-8} or {@code windows-1252}
 * @param delimiter the character between values
 * @param zone the time zone of times written without an offset, e.g. {@code Europe/London}
 * @param defaultCurrency currency of orders and prices whose row names none (ISO code); may be null
 * @param cancellationPrefix an order number starting with it is a cancellation (e.g. {@code C}); may be blank
 * @param columns the field each header is mapped to; headers not in the map are not imported
 */
public record ImportSettings(
        ImportKind kind,
        String encoding,
        char delimiter,
        DateOrder dateOrder,
        boolean decimalComma,
        String zone,
        BlankPolicy blanks,
        ErrorPolicy onErrors,
        String defaultCurrency,
        String cancellationPrefix,
        Map<String, ImportField> columns) {

    /** These settings with the encoding and delimiter of a file. */
    public ImportSettings withDialect(CsvDialect dialect) {
        return copy(
                dialect.charset().name(),
                dialect.delimiter(),
                zone,
                onErrors,
                defaultCurrency,
                cancellationPrefix,
                columns);
    }

    /** These settings with another mapping. */
    public ImportSettings withColumns(Map<String, ImportField> mapping) {
        return copy(encoding, delimiter, zone, onErrors, defaultCurrency, cancellationPrefix, Map.copyOf(mapping));
    }

    /** These settings with another encoding (a charset name). */
    public ImportSettings withEncoding(String charset) {
        return copy(charset, delimiter, zone, onErrors, defaultCurrency, cancellationPrefix, columns);
    }

    /** These settings with another way of handling rows with errors. */
    public ImportSettings withErrorPolicy(ErrorPolicy policy) {
        return copy(encoding, delimiter, zone, policy, defaultCurrency, cancellationPrefix, columns);
    }

    /** These settings with the time zone, default currency and cancellation prefix of an orders file. */
    public ImportSettings withOrderDefaults(String timeZone, String currency, String cancellations) {
        return copy(encoding, delimiter, timeZone, onErrors, currency, cancellations, columns);
    }

    private ImportSettings copy(
            String charset,
            char separator,
            String timeZone,
            ErrorPolicy errors,
            String currency,
            String cancellations,
            Map<String, ImportField> mapping) {
        return new ImportSettings(
                kind,
                charset,
                separator,
                dateOrder,
                decimalComma,
                timeZone,
                blanks,
                errors,
                currency,
                cancellations,
                mapping);
    }
}
