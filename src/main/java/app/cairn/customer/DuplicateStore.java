package app.cairn.customer;

import app.cairn.shared.UtcColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The duplicate candidates and scans, in plain SQL. */
@Component
class DuplicateStore {

    private static final int BATCH = 2_000;
    private static final String CANDIDATE_COLUMNS = """
            SELECT d.id, d.reasons, d.score, d.found_at,
                   a.id, a.first_name, a.last_name, a.email, a.country, a.city, a.signup_at,
                   b.id, b.first_name, b.last_name, b.email, b.country, b.city, b.signup_at
            FROM duplicate_candidate d
            JOIN customer a ON a.id = d.customer_a AND a.merged_into_id IS NULL
            JOIN customer b ON b.id = d.customer_b AND b.merged_into_id IS NULL
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DuplicateStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Records a new scan as running; a scan still marked running was cut off (its node stopped) and is failed. */
    long startScan(Instant now) {
        jdbc.sql("UPDATE duplicate_scan SET status = 'FAILED', finished_at = ?, message = 'interrupted'"
                        + " WHERE status = 'RUNNING'")
                .param(UtcColumns.toColumn(now))
                .update();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO duplicate_scan (started_at, status) VALUES (?, 'RUNNING')")
                .param(UtcColumns.toColumn(now))
                .update(key);
        return key.getKey().longValue();
    }

    void progress(long scan, long rows) {
        jdbc.sql("UPDATE duplicate_scan SET customers = ? WHERE id = ?")
                .params(rows, scan)
                .update();
    }

    void finishScan(long scan, Instant now, long customers, long candidates, String message) {
        jdbc.sql("""
                        UPDATE duplicate_scan SET status = 'DONE', finished_at = ?, customers = ?, candidates = ?,
                            message = ? WHERE id = ?""")
                .params(UtcColumns.toColumn(now), customers, candidates, message, scan)
                .update();
    }

    void failScan(long scan, Instant now, String message) {
        jdbc.sql("UPDATE duplicate_scan SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ?")
                .params(UtcColumns.toColumn(now), message.length() > 500 ? message.substring(0, 500) : message, scan)
                .update();
    }

    Optional<DuplicateScan> latestScan() {
        return jdbc.sql("""
                        SELECT id, started_at, finished_at, status, customers, candidates, message
                        FROM duplicate_scan ORDER BY id DESC LIMIT 1""")
                .query((rs, row) -> new DuplicateScan(
                        rs.getLong(1),
                        UtcColumns.read(rs, 2),
                        UtcColumns.read(rs, 3),
                        DuplicateScan.Status.valueOf(rs.getString(4)),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getString(7)))
                .optional();
    }

    /**
     * Replaces the open candidates with those just found, in one transaction so the review list never shows half
     * a scan. Pairs already dismissed or merged keep their decision and are not offered again.
     */
    @Transactional
    void replaceOpen(List<FoundPairs.Pair> rows, Instant now) {
        jdbc.sql("DELETE FROM duplicate_candidate WHERE status = 'OPEN'").update();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<FoundPairs.Pair> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            template.batchUpdate("""
                    INSERT IGNORE INTO duplicate_candidate (customer_a, customer_b, reasons, score, status, found_at)
                    VALUES (?, ?, ?, ?, 'OPEN', ?)""", chunk, chunk.size(), (ps, pair) -> {
                ps.setLong(1, pair.a());
                ps.setLong(2, pair.b());
                ps.setString(3, pair.reasons().stream().map(Enum::name).collect(Collectors.joining(",")));
                ps.setDouble(4, Math.round(pair.score() * 1000) / 1000.0);
                ps.setObject(5, UtcColumns.toColumn(now));
            });
        }
    }

    long countOpen() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM duplicate_candidate d
                        JOIN customer a ON a.id = d.customer_a AND a.merged_into_id IS NULL
                        JOIN customer b ON b.id = d.customer_b AND b.merged_into_id IS NULL
                        WHERE d.status = 'OPEN'""").query(Long.class).single();
    }

    /** Open candidates, surest first. */
    List<DuplicateCandidate> open(int offset, int limit) {
        return jdbc.sql(CANDIDATE_COLUMNS + " WHERE d.status = 'OPEN' ORDER BY d.score DESC, d.id LIMIT ? OFFSET ?")
                .params(limit, offset)
                .query((rs, row) -> candidate(rs))
                .list();
    }

    Optional<DuplicateCandidate> find(long id) {
        return jdbc.sql(CANDIDATE_COLUMNS + " WHERE d.id = ? AND d.status = 'OPEN'")
                .param(id)
                .query((rs, row) -> candidate(rs))
                .optional();
    }

    /** Marks an open candidate as not a duplicate; false when it is no longer open. */
    boolean dismiss(long id, Instant now, String by) {
        return jdbc.sql("""
                        UPDATE duplicate_candidate SET status = 'DISMISSED', decided_at = ?, decided_by = ?
                        WHERE id = ? AND status = 'OPEN'""").params(UtcColumns.toColumn(now), by, id).update() > 0;
    }

    /**
     * After a merge: the pair is recorded as merged (added when the merge was not offered by a scan), and other
     * open pairs with the merged customer are dropped; the next scan finds them again against the kept one.
     */
    void recordMerge(long kept, long merged, Instant now, String by) {
        long a = Math.min(kept, merged);
        long b = Math.max(kept, merged);
        int updated = jdbc.sql("""
                        UPDATE duplicate_candidate SET status = 'MERGED', decided_at = ?, decided_by = ?
                        WHERE customer_a = ? AND customer_b = ?""").params(UtcColumns.toColumn(now), by, a, b).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO duplicate_candidate
                                (customer_a, customer_b, reasons, score, status, found_at, decided_at, decided_by)
                            VALUES (?, ?, '', 1, 'MERGED', ?, ?, ?)""")
                    .params(a, b, UtcColumns.toColumn(now), UtcColumns.toColumn(now), by)
                    .update();
        }
        jdbc.sql("DELETE FROM duplicate_candidate WHERE status = 'OPEN' AND (customer_a = ? OR customer_b = ?)")
                .params(merged, merged)
                .update();
    }

    private static DuplicateCandidate candidate(ResultSet rs) throws SQLException {
        return new DuplicateCandidate(
                rs.getLong(1),
                summary(rs, 5),
                summary(rs, 12),
                reasons(rs.getString(2)),
                rs.getDouble(3),
                UtcColumns.read(rs, 4));
    }

    private static CustomerSummary summary(ResultSet rs, int from) throws SQLException {
        return new CustomerSummary(
                rs.getLong(from),
                rs.getString(from + 1),
                rs.getString(from + 2),
                rs.getString(from + 3),
                rs.getString(from + 4),
                rs.getString(from + 5),
                UtcColumns.read(rs, from + 6));
    }

    private static Set<DuplicateReason> reasons(String text) {
        Set<DuplicateReason> reasons = EnumSet.noneOf(DuplicateReason.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).forEach(s -> reasons.add(DuplicateReason.valueOf(s)));
        return reasons;
    }
}
