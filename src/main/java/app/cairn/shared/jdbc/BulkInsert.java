package app.cairn.shared.jdbc;

import app.cairn.shared.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends many rows to one table inside the caller's transaction, for imports and generators.
 *
 * <p>Where the server allows it ({@code local_infile}) the rows go as one {@code LOAD DATA LOCAL INFILE} of a
 * tab-separated file written to the bulk-load folder, the only folder the driver is allowed to send from
 * ({@code allowLoadLocalInfileInPath}; a server can never ask it for another file). Otherwise they go as a
 * JDBC batch, which Connector/J sends as multi-row {@code INSERT}s. Written here rather than taken from a
 * library because no maintained one does this for Connector/J; the load is about twice as fast as the batch,
 * whose client time goes mostly into the driver's escaping and date formatting.
 *
 * <p>{@code LOAD DATA LOCAL} skips a row that breaks a unique key with a warning instead of failing, so a
 * load that stores fewer rows than it was given, or warns, throws {@link DataIntegrityViolationException}
 * and the caller's transaction is rolled back: the outcome is the same as a failed {@code INSERT}.
 */
@Component
public class BulkInsert {

    private static final Logger log = LoggerFactory.getLogger(BulkInsert.class);
    /** MariaDB's and MySQL's code for a duplicate key (ER_DUP_ENTRY). */
    private static final int DUPLICATE_KEY = 1062;
    /** Rows per multi-row {@code INSERT} when {@code LOAD DATA} is not available. */
    private static final int INSERT_ROWS = 500;

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final JdbcTemplate jdbc;
    private final Path folder;
    private volatile Boolean loadData;

    BulkInsert(JdbcTemplate jdbc, @Value("${cairn.db.bulk-load-dir}") Path folder) {
        this.jdbc = jdbc;
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * Inserts the rows in the caller's transaction.
     *
     * @param table the table, a plain lower-case SQL name
     * @param columns the columns the values are for, plain lower-case SQL names
     * @param rows one array of values per row, in column order: strings, numbers, booleans, enums, dates,
     *     {@code LocalDateTime}s, instants (stored as UTC wall-clock time), or null
     * @return for a table with an {@code AUTO_INCREMENT} id, the first id given to the rows when it is known
     *     (after a {@code LOAD DATA}): every row's id is this one or higher, though not necessarily consecutive,
     *     as other sessions may insert meanwhile; empty when not known
     * @throws DataIntegrityViolationException when a row breaks a constraint; nothing of the call is kept
     *     once the transaction rolls back
     */
    public OptionalLong insert(String table, List<String> columns, List<Object[]> rows) {
        requireName(table);
        columns.forEach(BulkInsert::requireName);
        if (rows.isEmpty()) {
            return OptionalLong.empty();
        }
        if (loadDataAllowed(table)) {
            return OptionalLong.of(load(table, columns, rows, file -> loadInto(table, columns, file, rows.size())));
        }
        jdbc.batchUpdate(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks(columns) + ")", rows);
        return OptionalLong.empty();
    }

    /**
     * Inserts the rows whose unique keys are not in the table yet, in the caller's transaction, and skips the
     * others: for rows another session may have inserted meanwhile, where a row already there is the wanted
     * outcome rather than an error.
     *
     * @param table the table, a plain lower-case SQL name
     * @param columns the columns the values are for, plain lower-case SQL names
     * @param rows one array of values per row, in column order, as for {@link #insert}
     * @return how many rows were inserted
     * @throws DataIntegrityViolationException when a value does not fit its column; nothing of the call is kept
     *     once the transaction rolls back
     */
    public int insertNew(String table, List<String> columns, List<Object[]> rows) {
        requireName(table);
        columns.forEach(BulkInsert::requireName);
        if (rows.isEmpty()) {
            return 0;
        }
        if (loadDataAllowed(table)) {
            return load(table, columns, rows, file -> loadNewInto(table, columns, file));
        }
        int inserted = 0;
        for (int from = 0; from < rows.size(); from += INSERT_ROWS) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_ROWS));
            String values = String.join(", ", Collections.nCopies(chunk.size(), "(" + marks(columns) + ")"));
            Object[] params = chunk.stream().flatMap(Arrays::stream).toArray();
            String sql = "INSERT IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES " + values;
            inserted += jdbc.execute(sql, (PreparedStatementCallback<Integer>) statement -> {
                new ArgumentPreparedStatementSetter(params).setValues(statement);
                int stored = statement.executeUpdate();
                refuseUnlessDuplicates(table, statement.getWarnings());
                return stored;
            });
        }
        return inserted;
    }

    /** Loads a file skipping rows whose key is taken (which warn with 1062); any other warning refuses it. */
    private static StatementCallback<Integer> loadNewInto(String table, List<String> columns, Path file) {
        String sql = "LOAD DATA LOCAL INFILE '" + file + "' IGNORE INTO TABLE " + table + " CHARACTER SET utf8mb4 ("
                + String.join(", ", columns) + ")";
        return statement -> {
            int stored = statement.executeUpdate(sql);
            refuseUnlessDuplicates(table, statement.getWarnings());
            return stored;
        };
    }

    /**
     * {@code IGNORE} turns every error into a warning, a value too long for its column too: only the skipped
     * duplicates are wanted.
     */
    private static void refuseUnlessDuplicates(String table, SQLWarning warnings) {
        for (SQLWarning warning = warnings; warning != null; warning = warning.getNextWarning()) {
            if (warning.getErrorCode() != DUPLICATE_KEY) {
                throw new DataIntegrityViolationException(
                        "Bulk write into " + table + " was refused: " + warning.getMessage());
            }
        }
    }

    /**
     * Inserts rows that each have a unique key, as {@link #insert}, and answers the id the table's
     * {@code AUTO_INCREMENT} gave each row.
     *
     * @param keyColumn a column with a unique index holding each row's key as given
     * @param keys each row's key, in the rows' order
     * @return the ids in the rows' order
     */
    public List<Long> insertReturningIds(
            String table, List<String> columns, List<Object[]> rows, String keyColumn, List<String> keys) {
        requireName(keyColumn);
        if (keys.size() != rows.size()) {
            throw new IllegalArgumentException(keys.size() + " keys for " + rows.size() + " rows");
        }
        OptionalLong firstId = insert(table, columns, rows);
        Map<String, Long> ids = firstId.isPresent()
                ? idsFrom(table, keyColumn, firstId.getAsLong(), rows.size())
                : idsOf(table, keyColumn, keys);
        List<Long> inOrder = new ArrayList<>(keys.size());
        for (String key : keys) {
            Long id = ids.get(key);
            if (id == null) {
                throw new IllegalStateException("The row with " + keyColumn + " '" + key + "' was not found in " + table
                        + " after it was inserted");
            }
            inOrder.add(id);
        }
        return inOrder;
    }

    /**
     * The keys of the rows from {@code firstId} on, in id order, until as many rows as were inserted have been
     * read and past any rows other sessions inserted in between: a primary-key range read, which costs the
     * server much less than looking up thousands of keys.
     */
    private Map<String, Long> idsFrom(String table, String keyColumn, long firstId, int inserted) {
        Map<String, Long> ids = new HashMap<>();
        long from = firstId;
        int read = 0;
        while (read < inserted) {
            List<Map.Entry<String, Long>> rows = jdbc.query(
                    "SELECT " + keyColumn + ", id FROM " + table + " WHERE id >= ? ORDER BY id LIMIT ?",
                    (rs, n) -> Map.entry(String.valueOf(rs.getString(1)), rs.getLong(2)),
                    from,
                    inserted - read);
            if (rows.isEmpty()) {
                break;
            }
            for (Map.Entry<String, Long> row : rows) {
                ids.put(row.getKey(), row.getValue());
                from = row.getValue() + 1;
            }
            read += rows.size();
        }
        return ids;
    }

    private Map<String, Long> idsOf(String table, String keyColumn, List<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        new NamedParameterJdbcTemplate(jdbc)
                .query(
                        "SELECT " + keyColumn + ", id FROM " + table + " WHERE " + keyColumn + " IN (:keys)",
                        Map.of("keys", keys),
                        rs -> {
                            ids.put(rs.getString(1), rs.getLong(2));
                        });
        return ids;
    }

    /** Writes the rows to a file in the bulk-load folder, runs the statement that loads it, and deletes it. */
    private <T> T load(
            String table, List<String> columns, List<Object[]> rows, Function<Path, StatementCallback<T>> loader) {
        Path file = folder.resolve(PrivateFiles.name(table, "tsv"));
        try {
            PrivateFiles.create(folder, file.getFileName().toString());
            Files.write(file, LoadDataText.of(rows, columns.size()));
            return jdbc.execute(loader.apply(file));
        } catch (IOException unwritable) {
            throw new UncheckedIOException("Could not write the bulk-load file " + file, unwritable);
        } finally {
            deleteQuietly(file);
        }
    }

    private static StatementCallback<Long> loadInto(String table, List<String> columns, Path file, int rows) {
        String sql = "LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table + " CHARACTER SET utf8mb4 ("
                + String.join(", ", columns) + ")";
        return statement -> {
            int stored = statement.executeUpdate(sql);
            if (stored != rows) {
                throw new DataIntegrityViolationException("Bulk load into " + table + " stored " + stored + " of "
                        + rows + " rows: a row breaks a unique key");
            }
            SQLWarning warning = statement.getWarnings();
            if (warning != null) {
                throw new DataIntegrityViolationException(
                        "Bulk load into " + table + " was refused: " + warning.getMessage());
            }
            try (ResultSet first = statement.executeQuery("SELECT LAST_INSERT_ID()")) {
                first.next();
                return first.getLong(1);
            }
        };
    }

    /**
     * Whether {@code LOAD DATA LOCAL} works here: asked once, by loading an empty file into the table (which
     * changes nothing). A folder name the statement cannot quote plainly means no.
     */
    private boolean loadDataAllowed(String table) {
        Boolean allowed = loadData;
        if (allowed == null) {
            synchronized (this) {
                if (loadData == null) {
                    loadData = probe(table);
                }
                allowed = loadData;
            }
        }
        return allowed;
    }

    private boolean probe(String table) {
        String path = folder.toString();
        if (path.contains("'") || path.contains("\\")) {
            log.info("Bulk writes use multi-row INSERTs: the bulk-load folder {} has a quote or backslash", path);
            return false;
        }
        Path empty = folder.resolve(PrivateFiles.name("probe", "tsv"));
        try {
            PrivateFiles.create(folder, empty.getFileName().toString());
            jdbc.execute((StatementCallback<Integer>) statement -> execute(statement, table, empty));
            log.info("Bulk writes use LOAD DATA LOCAL INFILE from {}", folder);
            return true;
        } catch (IOException | RuntimeException refused) {
            log.info(
                    "Bulk writes use multi-row INSERTs, which are slower: LOAD DATA LOCAL INFILE is not"
                            + " available ({}). Enable it with the server setting local_infile=ON.",
                    refused.getMessage());
            return false;
        } finally {
            deleteQuietly(empty);
        }
    }

    /**
     * Deletes the bulk-load files a stopped process left behind (they hold customers' rows) and makes the folder
     * the owner's alone.
     */
    @EventListener(ApplicationStartedEvent.class)
    void clearLeftovers() {
        try {
            int deleted = PrivateFiles.clearLeftovers(folder);
            if (deleted > 0) {
                log.info("Deleted {} bulk-load files left in {} by a stopped run", deleted, folder);
            }
        } catch (IOException unreadable) {
            log.warn("Could not clear the bulk-load folder {}: {}", folder, unreadable.getMessage());
        }
    }

    private static int execute(Statement statement, String table, Path file) throws SQLException {
        return statement.executeUpdate("LOAD DATA LOCAL INFILE '" + file + "' INTO TABLE " + table);
    }

    private static String marks(List<String> columns) {
        return String.join(", ", Collections.nCopies(columns.size(), "?"));
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL name: " + name);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            log.warn("Could not delete the bulk-load file {}: {}", file, leftBehind.getMessage());
        }
    }
}
