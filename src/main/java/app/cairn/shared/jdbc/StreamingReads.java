package app.cairn.shared.jdbc;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads of many rows that must not sit in memory whole: MySQL Connector/J streams a result row by row only with
 * the fetch size {@link Integer#MIN_VALUE}; by default it reads the whole result first. The connection is busy
 * until the last row is read, so no other statement may run on it meanwhile (inside a transaction, read to the
 * end before writing).
 */
public final class StreamingReads {

    private StreamingReads() {}

    /** A template whose queries stream their rows. */
    public static JdbcTemplate template(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(Integer.MIN_VALUE);
        return template;
    }
}
