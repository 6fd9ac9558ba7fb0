package app.cairn.imports;

/**
 * Something wrong with a row (or the file, row 0).
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1)
 * @param column the header of the column concerned, or null
 * @param messageKey translation key of the message; {@code arguments} fill it
 */
public record Problem(
        long row, String column, String value, Severity severity, String messageKey, Object... arguments) {

    /** Whether the row can still be imported. */
    public enum Severity {
        /** The row is not imported. */
        ERROR,
        /** The row is imported but worth a look (e.g. an outlier). */
        WARNING
    }
}
