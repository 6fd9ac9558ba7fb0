package app.cairn.imports;

/** How the dates of a file are written. Times may follow a date ({@code 13:45} or {@code 13:45:10}). */
public enum DateOrder {
    /** {@code 2024-03-31}, also with {@code T}, seconds and an offset. */
    ISO,
    /** {@code 31/03/2024}, {@code 31.03.2024} or {@code 31-03-2024}. */
    DAY_MONTH_YEAR,
    /** {@code 03/31/2024}. */
    MONTH_DAY_YEAR
}
