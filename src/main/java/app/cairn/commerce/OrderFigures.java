package app.cairn.commerce;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code customer_order_figures} (see its migrations) equal to what the customers' orders say: worked out
 * again for the customers whose orders were just written, in the writer's transaction, from their own orders
 * only (an index range per customer). The spend is the sum of the orders' amounts in the reporting currency; orders
 * that could not be converted are counted apart.
 */
@Component
class OrderFigures {

    private static final int BATCH = 2_000;

    private static final String FIGURES = """
            INSERT INTO customer_order_figures (customer_id, orders, spend, first_order_at, last_order_at, unconverted)
            SELECT customer_id,
                COUNT(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN 1 END),
                COALESCE(SUM(reporting_total), 0),
                MIN(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
                MAX(CASE WHEN total >= 0 AND status NOT IN ('CANCELLED', 'RETURNED') THEN placed_at END),
                COUNT(CASE WHEN reporting_total IS NULL THEN 1 END)
            FROM customer_order
            WHERE (total < 0 OR status NOT IN ('CANCELLED', 'RETURNED'))""";

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
            jdbc.sql(FIGURES + " AND customer_id IN (:ids) GROUP BY customer_id")
                    .param("ids", batch)
                    .update();
        }
    }

    /** Works out again the figures of every customer with an order in the currency. */
    void refreshCurrency(String currency) {
        List<Long> customers = jdbc.sql("SELECT DISTINCT customer_id FROM customer_order WHERE currency = ?")
                .param(currency)
                .query(Long.class)
                .list();
        refresh(customers);
    }

    /** Works out every customer's figures again. */
    void refreshAll() {
        jdbc.sql("DELETE FROM customer_order_figures").update();
        jdbc.sql(FIGURES + " GROUP BY customer_id").update();
    }
}
