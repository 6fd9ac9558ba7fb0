package app.cairn.commerce;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code customer_order_figures} (see its migration) equal to what the customers' orders say: worked out
 * again for the customers whose orders were just written, in the writer's transaction, from their own orders
 * only (an index range per customer).
 */
@Component
class OrderFigures {

    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;

    OrderFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Works out the figures of these customers again. */
    void refresh(Collection<Long> customerIds) {
        List<Long> ids = customerIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            jdbc.sql("DELETE FROM customer_order_figures WHERE customer_id IN (:ids)")
                    .param("ids", batch)
                    .update();
            jdbc.sql("""
                            INSERT INTO customer_order_figures (customer_id, orders, spend, first_order_at, last_order_at)
                            SELECT customer_id,
                                COUNT(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN 1 END),
                                SUM(total),
                                MIN(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
                                MAX(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END)
                            FROM customer_order
                            WHERE customer_id IN (:ids) AND (total < 0 OR status NOT IN ('CANCELLED', 'RETURNED'))
                            GROUP BY customer_id""").param("ids", batch).update();
        }
    }
}
