package app.cairn.segment;

import app.cairn.shared.UtcColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Works out RFM scores for every customer with orders, in SQL: each customer's last order, order count and net
 * spend (the order figures' rules: cancelled and returned orders do not count, credit notes lower the spend),
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
                    SELECT o.customer_id,
                        MIN(CASE WHEN o.total >= 0 THEN o.placed_at END) AS first_order_at,
                        MAX(CASE WHEN o.total >= 0 THEN o.placed_at END) AS last_order_at,
                        COUNT(CASE WHEN o.total >= 0 THEN 1 END) AS orders,
                        SUM(o.total) AS spend
                    FROM customer_order o JOIN customer c ON c.id = o.customer_id AND c.merged_into_id IS NULL
                    WHERE o.total < 0 OR o.status NOT IN ('CANCELLED', 'RETURNED')
                    GROUP BY o.customer_id
                    HAVING COUNT(CASE WHEN o.total >= 0 THEN 1 END) > 0
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
