package app.cairn.imports;

import java.util.List;

/**
 * One row of a file as read and checked ahead of the writing.
 *
 * @param row the row number in the file
 * @param value what the sink makes of the row; null when it cannot be used
 * @param key the natural key the sink groups rows by (an order's number), or null
 * @param problems what is wrong with the row, in the file's order
 * @param readable false when the row could not even be split into its columns: only its problems count
 * @param <T> the sink's kind of value
 */
record ReadRow<T>(long row, T value, String key, List<Problem> problems, boolean readable) {

    /** A row the sink read. */
    static <T> ReadRow<T> of(RowValues row, T value, String key) {
        return new ReadRow<>(row.row(), value, key, row.problems(), true);
    }

    /** A row with the wrong number of values. */
    static <T> ReadRow<T> unreadable(RowValues row) {
        return new ReadRow<>(row.row(), null, null, row.problems(), false);
    }
}
