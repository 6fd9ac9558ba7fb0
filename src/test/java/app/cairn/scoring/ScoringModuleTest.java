package app.cairn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.TestClockConfiguration;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scoring module started on its own with the platform beneath it (database, scheduler): it needs no other
 * business module to score customers and to read the map.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
class ScoringModuleTest {

    private final CustomerScoring scoring;
    private final JdbcTemplate jdbc;

    ScoringModuleTest(CustomerScoring scoring, JdbcTemplate jdbc) {
        this.scoring = scoring;
        this.jdbc = jdbc;
    }

    @Test
    void scoresCustomersFromTheirOrderFiguresWithoutTheOtherModules() {
        // the order figures the commerce module keeps, written here as that module is not started
        for (int i = 1; i <= 5; i++) {
            jdbc.update(
                    "INSERT INTO customer (signup_at, created_at, updated_at) VALUES (?, ?, ?)",
                    LocalDateTime.of(2024, 1, 1, 0, 0),
                    LocalDateTime.of(2024, 1, 1, 0, 0),
                    LocalDateTime.of(2024, 1, 1, 0, 0));
            jdbc.update(
                    "INSERT INTO customer_order_figures (customer_id, orders, spend, first_order_at, last_order_at)"
                            + " VALUES (LAST_INSERT_ID(), ?, ?, ?, ?)",
                    i,
                    new BigDecimal(100 * i),
                    LocalDateTime.of(2024, 2, 1, 0, 0),
                    LocalDateTime.of(2025, i, 1, 0, 0));
        }

        assertThat(scoring.scoreCustomers()).isEqualTo(5);
        assertThat(scoring.rfmMap()).hasSize(25).extracting(RfmCell::customers).contains(1L);
        assertThat(scoring.rfmMap().stream().mapToLong(RfmCell::customers).sum())
                .isEqualTo(5);
    }
}
