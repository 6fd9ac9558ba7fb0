package app.cairn.shared.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@CairnTest
class BulkInsertTest {

    private static final List<String> COLUMNS = List.of("code", "note", "amount", "flag", "day", "at");

    @Autowired
    BulkInsert bulk;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void createTable() {
        // a table of the test's own, so that the rows can be anything
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS test_bulk_insert (
                    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    code VARCHAR(40) NOT NULL UNIQUE,
                    note VARCHAR(200) NULL,
                    amount DECIMAL(12, 2) NULL,
                    flag BOOLEAN NULL,
                    day DATE NULL,
                    at DATETIME(6) NULL)""");
    }

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE test_bulk_insert");
    }

    @Test
    void loadsEveryValueExactlyAsGivenAndAnswersTheFirstNewId() {
        Instant at = LocalDateTime.of(2026, 11, 22, 9, 5, 7, 123_456_000).toInstant(ZoneOffset.UTC);
        List<Object[]> rows = List.of(
                row("plain", "Ana Lima", new BigDecimal("12.50"), true, LocalDate.of(1990, 2, 28), at),
                row("escapes", "tab\there, line\nbreak, back\\slash, \\N, cr\r, nul\0", null, false, null, null),
                row("unicode", "Müller – 東京 😀", new BigDecimal("-0.01"), null, LocalDate.of(1, 1, 1), null),
                row("nulls", null, null, null, null, null));

        OptionalLong firstId = inTransaction(() -> bulk.insert("test_bulk_insert", COLUMNS, rows));

        assertThat(firstId).isPresent(); // LOAD DATA, not the INSERT fallback
        List<Stored> stored = jdbc.query(
                "SELECT id, note, amount, flag, day, at FROM test_bulk_insert ORDER BY id",
                (rs, n) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getObject(4, Boolean.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDateTime.class)));
        assertThat(stored.getFirst().id()).isEqualTo(firstId.getAsLong());
        assertThat(stored)
                .extracting(Stored::note, Stored::amount, Stored::flag, Stored::day, Stored::at)
                .containsExactly(
                        tuple(
                                "Ana Lima",
                                new BigDecimal("12.50"),
                                true,
                                LocalDate.of(1990, 2, 28),
                                LocalDateTime.of(2026, 11, 22, 9, 5, 7, 123_456_000)),
                        tuple("tab\there, line\nbreak, back\\slash, \\N, cr\r, nul\0", null, false, null, null),
                        tuple("Müller – 東京 😀", new BigDecimal("-0.01"), null, LocalDate.of(1, 1, 1), null),
                        tuple(null, null, null, null, null));
    }

    private record Stored(long id, String note, BigDecimal amount, Boolean flag, LocalDate day, LocalDateTime at) {}

    @Test
    void aRowBreakingAUniqueKeyFailsTheLoadAndTheTransactionKeepsNothing() {
        jdbc.update("INSERT INTO test_bulk_insert (code) VALUES ('taken')");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(row("new-" + i, null, null, null, null, null));
        }
        rows.add(row("taken", "would be silently skipped by LOAD DATA LOCAL", null, null, null, null));

        assertThatThrownBy(() -> inTransaction(() -> bulk.insert("test_bulk_insert", COLUMNS, rows)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("stored 100 of 101 rows");

        assertThat(jdbc.queryForList("SELECT code FROM test_bulk_insert", String.class))
                .containsExactly("taken");
    }

    @Test
    void fallsBackToInsertsWhenTheDriverMayNotSendTheFile(@TempDir Path elsewhere) throws Exception {
        // the driver sends files from the configured bulk-load folder only, so a loader writing elsewhere is refused
        BulkInsert refused = new BulkInsert(jdbc, elsewhere);

        OptionalLong firstId = inTransaction(() -> refused.insert(
                "test_bulk_insert", COLUMNS, List.<Object[]>of(row("fallback", "tab\there", null, true, null, null))));

        assertThat(firstId).isEmpty();
        assertThat(jdbc.queryForMap("SELECT note, flag FROM test_bulk_insert WHERE code = 'fallback'"))
                .containsEntry("note", "tab\there")
                .containsEntry("flag", true);
        try (var left = Files.list(elsewhere)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void insertingNewRowsSkipsThoseWhoseKeyIsTakenAndCountsTheRest() {
        jdbc.update("INSERT INTO test_bulk_insert (code, note) VALUES ('taken', 'first')");

        int inserted = inTransaction(() -> bulk.insertNew("test_bulk_insert", COLUMNS, newAndTaken()));

        assertThat(inserted).isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT CONCAT(code, ':', COALESCE(note, '')) FROM test_bulk_insert", String.class))
                .containsExactlyInAnyOrder("taken:first", "new-1:", "new-2:");
    }

    @Test
    void insertingNewRowsByInsertsSkipsAndCountsTheSame(@TempDir Path elsewhere) {
        jdbc.update("INSERT INTO test_bulk_insert (code, note) VALUES ('taken', 'first')");
        BulkInsert refused = new BulkInsert(jdbc, elsewhere);

        int inserted = inTransaction(() -> refused.insertNew("test_bulk_insert", COLUMNS, newAndTaken()));

        assertThat(inserted).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT code FROM test_bulk_insert", String.class))
                .containsExactlyInAnyOrder("taken", "new-1", "new-2");
    }

    @Test
    void insertingNewRowsStillRefusesAValueThatDoesNotFit(@TempDir Path elsewhere) {
        List<Object[]> tooLong = List.<Object[]>of(row("x".repeat(41), null, null, null, null, null));

        for (BulkInsert loader : List.of(bulk, new BulkInsert(jdbc, elsewhere))) {
            assertThatThrownBy(() -> inTransaction(() -> loader.insertNew("test_bulk_insert", COLUMNS, tooLong)))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("test_bulk_insert");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM test_bulk_insert", Integer.class))
                .isZero();
    }

    private static List<Object[]> newAndTaken() {
        return List.of(
                row("new-1", null, null, null, null, null),
                row("taken", "second", null, null, null, null),
                row("new-2", null, null, null, null, null));
    }

    @Test
    void refusesNamesThatAreNotPlainSql() {
        assertThatThrownBy(() -> bulk.insert("customer; DROP TABLE customer", COLUMNS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bulk.insert("test_bulk_insert", List.of("code`"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Object[] row(Object... values) {
        return values;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }
}
