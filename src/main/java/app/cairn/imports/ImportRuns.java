package app.cairn.imports;

import app.cairn.imports.Problem.Severity;
import app.cairn.shared.UtcColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The import runs and their problems. Every write here commits on its own, outside the import's transaction, so
 * that progress shows while a file is read and the report stays when the import is rolled back.
 */
@Component
class ImportRuns {

    /** Problems kept per run; the counts go on beyond it. */
    static final int MAX_PROBLEMS = 100_000;

    private static final String COLUMNS = "id, kind, file_name, status, dry_run, started_by, started_at, finished_at,"
            + " bytes_total, bytes_read, rows_read, rows_failed, warnings, created, updated, unchanged, merged,"
            + " new_customers, message";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate own;
    private final Clock clock;

    ImportRuns(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.template = template;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    long create(ImportKind kind, String fileName, boolean dryRun, String by, long bytes) {
        var now = UtcColumns.toColumn(clock.instant());
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        own.executeWithoutResult(tx -> jdbc.sql("""
                        INSERT INTO import_run (kind, file_name, status, dry_run, started_by, started_at, bytes_total,
                            updated_at)
                        VALUES (?, ?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(kind.name(), fileName, dryRun, by, now, bytes, now)
                .update(key));
        return key.getKey().longValue();
    }

    void progress(long id, ImportCounts counts) {
        own.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE import_run SET bytes_read = ?, rows_read = ?, rows_failed = ?, warnings = ?, created = ?,
                            updated = ?, unchanged = ?, merged = ?, new_customers = ?, updated_at = ?
                        WHERE id = ?""")
                .params(
                        counts.bytesRead,
                        counts.rowsRead,
                        counts.rowsFailed,
                        counts.warnings,
                        counts.created,
                        counts.updated,
                        counts.unchanged,
                        counts.merged,
                        counts.newCustomers,
                        UtcColumns.toColumn(clock.instant()),
                        id)
                .update());
    }

    void finish(long id, ImportStatus status, ImportCounts counts, String message) {
        progress(id, counts);
        own.executeWithoutResult(tx -> jdbc.sql("""
                        UPDATE import_run SET status = ?, finished_at = ?, message = ? WHERE id = ?""")
                .params(status.name(), UtcColumns.toColumn(clock.instant()), truncate(message, 1000), id)
                .update());
    }

    /** Stores problems with their messages already in the words of the person who started the run. */
    void addProblems(long id, List<ReportLine> problems) {
        if (problems.isEmpty()) {
            return;
        }
        own.executeWithoutResult(tx -> template.batchUpdate(
                """
                INSERT INTO import_problem (run_id, row_no, column_name, value, severity, message)
                VALUES (?, ?, ?, ?, ?, ?)""",
                problems.stream()
                        .map(p -> new Object[] {
                            id,
                            p.row(),
                            truncate(p.column(), 255),
                            truncate(p.value(), 1000),
                            p.severity().name(),
                            truncate(p.message(), 1000)
                        })
                        .toList()));
    }

    /** Marks runs that stopped reporting progress (their node stopped) as failed. */
    int failAbandoned(Duration silence) {
        return own.execute(tx -> jdbc.sql("""
                        UPDATE import_run SET status = 'FAILED', finished_at = ?, message = ?
                        WHERE status = 'RUNNING' AND updated_at < ?""")
                .params(
                        UtcColumns.toColumn(clock.instant()),
                        "interrupted: the server stopped during the import; nothing was written",
                        UtcColumns.toColumn(clock.instant().minus(silence)))
                .update());
    }

    Optional<ImportRun> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run WHERE id = ?")
                .param(id)
                .query(ImportRuns::run)
                .optional();
    }

    List<ImportRun> recent(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_run ORDER BY started_at DESC, id DESC LIMIT ?")
                .param(limit)
                .query(ImportRuns::run)
                .list();
    }

    List<ReportLine> problems(long id, int offset, int limit) {
        return jdbc.sql("""
                        SELECT row_no, column_name, value, severity, message FROM import_problem
                        WHERE run_id = ? ORDER BY row_no, id LIMIT ? OFFSET ?""").params(id, limit, offset).query(ImportRuns::line).list();
    }

    long countProblems(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM import_problem WHERE run_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    void eachProblem(long id, Consumer<ReportLine> consumer) {
        template.query(
                """
                SELECT row_no, column_name, value, severity, message FROM import_problem
                WHERE run_id = ? ORDER BY row_no, id""",
                rs -> {
                    consumer.accept(line(rs, 0));
                },
                id);
    }

    private static ReportLine line(ResultSet rs, int row) throws SQLException {
        return new ReportLine(
                rs.getLong(1), rs.getString(2), rs.getString(3), Severity.valueOf(rs.getString(4)), rs.getString(5));
    }

    private static ImportRun run(ResultSet rs, int row) throws SQLException {
        return new ImportRun(
                rs.getLong(1),
                ImportKind.valueOf(rs.getString(2)),
                rs.getString(3),
                ImportStatus.valueOf(rs.getString(4)),
                rs.getBoolean(5),
                rs.getString(6),
                UtcColumns.read(rs, 7),
                UtcColumns.read(rs, 8),
                rs.getLong(9),
                rs.getLong(10),
                rs.getLong(11),
                rs.getLong(12),
                rs.getLong(13),
                rs.getLong(14),
                rs.getLong(15),
                rs.getLong(16),
                rs.getLong(17),
                rs.getLong(18),
                rs.getString(19));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
