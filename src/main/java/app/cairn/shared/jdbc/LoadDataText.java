package app.cairn.shared.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Rows as the text {@code LOAD DATA} reads with its default format: UTF-8, fields ended by a tab, lines by a
 * newline, backslash as the escape character and {@code \N} for NULL. Instants are written as UTC wall-clock
 * time, as {@link app.cairn.shared.UtcColumns} binds them.
 */
final class LoadDataText {

    private LoadDataText() {}

    static byte[] of(List<Object[]> rows, int columns) {
        StringBuilder text = new StringBuilder(rows.size() * columns * 12);
        for (Object[] row : rows) {
            if (row.length != columns) {
                throw new IllegalArgumentException("a row has " + row.length + " values for " + columns + " columns");
            }
            for (int c = 0; c < columns; c++) {
                if (c > 0) {
                    text.append('\t');
                }
                append(text, row[c]);
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case String s -> escape(text, s);
            case Boolean b -> text.append(b ? '1' : '0');
            case Integer i -> text.append(i.intValue());
            case Long l -> text.append(l.longValue());
            case BigDecimal d -> text.append(d.toPlainString());
            case LocalDate d -> text.append(d);
            case LocalDateTime t -> dateTime(text, t);
            case Instant i -> dateTime(text, LocalDateTime.ofInstant(i, ZoneOffset.UTC));
            case Enum<?> e -> escape(text, e.name());
            default ->
                throw new IllegalArgumentException(
                        "no text form for a " + value.getClass().getName());
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSSSSS}: a {@code DATETIME(6)} keeps microseconds, as JDBC binds them. */
    private static void dateTime(StringBuilder text, LocalDateTime t) {
        text.append(t.toLocalDate()).append(' ');
        two(text, t.getHour()).append(':');
        two(text, t.getMinute()).append(':');
        two(text, t.getSecond()).append('.');
        String micros = Integer.toString(t.getNano() / 1000);
        text.repeat('0', 6 - micros.length()).append(micros);
    }

    private static StringBuilder two(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void escape(StringBuilder text, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\0' -> text.append("\\0");
                default -> text.append(ch);
            }
        }
    }
}
