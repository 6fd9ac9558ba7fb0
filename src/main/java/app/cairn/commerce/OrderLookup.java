package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.LikePatterns;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds orders by their number as it is typed: the numbers that start with the text (case aside), through the
 * unique index on the number, so it is as fast at millions of orders as at ten.
 */
@Service
public class OrderLookup {

    private final JdbcClient jdbc;

    OrderLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} orders whose number starts with the text, in number order, without their lines. */
    @Transactional(readOnly = true)
    public List<StoredOrder> startingWith(String start, int limit) {
        if (start == null || start.isBlank()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT customer_id, id, order_number, placed_at, status, currency, total FROM customer_order
                        WHERE order_number LIKE ? ORDER BY order_number LIMIT ?""")
                .params(LikePatterns.startingWith(start.strip()), limit)
                .query((rs, row) -> new StoredOrder(
                        rs.getLong(1),
                        new OrderView(
                                rs.getLong(2),
                                rs.getString(3),
                                UtcColumns.read(rs, 4),
                                OrderStatus.valueOf(rs.getString(5)),
                                rs.getString(6),
                                rs.getBigDecimal(7),
                                List.of())))
                .list();
    }

    /** How many orders' numbers start with the text, counting no further than {@code cap} + 1. */
    @Transactional(readOnly = true)
    public long countStartingWith(String start, int cap) {
        if (start == null || start.isBlank()) {
            return 0;
        }
        return jdbc.sql("""
                        SELECT COUNT(*) FROM (SELECT 1 FROM customer_order WHERE order_number LIKE ? LIMIT ?) found""")
                .params(LikePatterns.startingWith(start.strip()), cap + 1)
                .query(Long.class)
                .single();
    }
}
