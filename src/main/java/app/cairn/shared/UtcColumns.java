package app.cairn.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in {@code DATETIME} columns, for plain JDBC: stored as UTC wall-clock time, as Hibernate stores them
 * ({@code hibernate.jdbc.time_zone=UTC}), whatever the JVM's or the connection's time zone.
 */
public final class UtcColumns {

    private UtcColumns() {}

    /** The value to bind for an instant; null stays null. */
    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The instant in a {@code DATETIME} column; null for SQL NULL. */
    public static Instant read(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
