package app.cairn.segment;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out RFM scores for every customer with orders, in SQL: each customer's last order, order count and net
 * spend, read from the order figures the commerce module keeps (cancelled and returned orders do not count,
 * credit notes lower the spend),
 * then quintiles by percent rank: a customer's score is 1 + ⌊5 × the share of customers with a strictly lower
 * figure⌋ (at most 5). Customers with the same figure get the same score, whatever their order in the table, so
 * the many customers with one order are all F 1 rather than split across scores by their ids; the best of even
 * a handful of customers scores 5, which {@code NTILE} would not give.
 */
@Component
class RfmScoring {

    private final JdbcTemplate jdbc;

    RfmScoring(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces the scores in the caller's transaction, and with them the clusters worked out from the old ones;
     * answers how many customers were scored.
     */
    int score(Instant now) {
        jdbc.update("DELETE FROM customer_cluster");
        jdbc.update("DELETE FROM customer_clustering");
        jdbc.update("DELETE FROM customer_rfm");
        int scored = jdbc.update("""
                INSERT INTO customer_rfm (customer_id, first_order_at, last_order_at, orders, spend, r, f, m, rfm_segment, computed_at)
                SELECT customer_id, first_order_at, last_order_at, orders, spend,
                    LEAST(5, 1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY last_order_at))),
                    LEAST(5, 1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY orders))),
                    LEAST(5, 1 + FLOOR(5 * PERCENT_RANK() OVER (ORDER BY spend))),
                    '', ?
                FROM (
                    SELECT f.customer_id, f.first_order_at, f.last_order_at, f.orders, f.spend
                    FROM customer_order_figures f JOIN customer c ON c.id = f.customer_id AND c.merged_into_id IS NULL
                    WHERE f.orders > 0
                ) figures""", UtcColumns.toColumn(now));
        List<Object[]> names = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                names.add(new Object[] {RfmSegment.of(r, f).name(), r, f});
            }
        }
        jdbc.batchUpdate("UPDATE customer_rfm SET rfm_segment = ? WHERE r = ? AND f = ?", names);
        return scored;
    }
}
