package app.cairn.commerce;

import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product lists an e-mail can show for one customer: the latest order's lines, what is still in the cart,
 * and the shop's best sellers the customer has not bought. Each is empty, never missing, when there is nothing to
 * show. The best sellers are worked out once every {@value #POPULAR_MINUTES} minutes for everyone.
 */
@Service
public class ProductSuggestions {

    static final int POPULAR_MINUTES = 10;
    private static final int POPULAR_POOL = 50;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Popular> popular = new AtomicReference<>();

    ProductSuggestions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The lines of the customer's latest order that was not cancelled or returned, in line order. */
    @Transactional(readOnly = true)
    public List<ProductLine> lastOrderItems(long customerId) {
        return jdbc.sql("""
                        SELECT l.sku, COALESCE(p.name, l.description, l.sku), l.quantity, l.unit_price, o.currency
                        FROM order_line l JOIN customer_order o ON o.id = l.order_id
                        LEFT JOIN product p ON p.id = l.product_id
                        WHERE o.id = (SELECT id FROM customer_order WHERE customer_id = ?
                                      AND status NOT IN ('CANCELLED', 'RETURNED') AND total >= 0
                                      ORDER BY placed_at DESC, id DESC LIMIT 1)
                        ORDER BY l.line_no""")
                .param(customerId)
                .query((rs, row) -> new ProductLine(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /**
     * Products the customer put in the cart in the last 30 days after the latest order (so not bought since),
     * newest first, each once.
     */
    @Transactional(readOnly = true)
    public List<ProductLine> cartItems(long customerId) {
        Instant since = clock.instant().minus(Duration.ofDays(30));
        return jdbc.sql("""
                        SELECT p.sku, p.name, COUNT(*), p.price, p.currency FROM customer_event e
                        JOIN product p ON p.id = e.product_id
                        WHERE e.customer_id = :customer AND e.type = 'ADDED_TO_CART' AND e.occurred_at >= :since
                          AND e.occurred_at > COALESCE((SELECT MAX(placed_at) FROM customer_order
                                                        WHERE customer_id = :customer), '1000-01-01')
                        GROUP BY p.id, p.sku, p.name, p.price, p.currency
                        ORDER BY MAX(e.occurred_at) DESC LIMIT 10""")
                .param("customer", customerId)
                .param("since", UtcColumns.toColumn(since))
                .query((rs, row) -> new ProductLine(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    /** Up to {@code limit} of the last 30 days' best sellers (by units) that the customer never ordered. */
    @Transactional(readOnly = true)
    public List<ProductLine> popularFor(long customerId, int limit) {
        Set<String> bought = new HashSet<>(
                jdbc.sql("""
                        SELECT DISTINCT l.sku FROM order_line l JOIN customer_order o ON o.id = l.order_id
                        WHERE o.customer_id = ?""").param(customerId).query(String.class).list());
        return popular().products().stream()
                .filter(p -> !bought.contains(p.sku()))
                .limit(limit)
                .toList();
    }

    private Popular popular() {
        Instant now = clock.instant();
        Popular current = popular.get();
        if (current == null || current.until().isBefore(now)) {
            current = new Popular(
                    bestSellers(now.minus(Duration.ofDays(30))), now.plus(Duration.ofMinutes(POPULAR_MINUTES)));
            popular.set(current);
        }
        return current;
    }

    private List<ProductLine> bestSellers(Instant since) {
        return jdbc.sql("""
                        SELECT p.sku, p.name, 1, p.price, p.currency FROM order_line l
                        JOIN customer_order o ON o.id = l.order_id JOIN product p ON p.id = l.product_id
                        WHERE o.placed_at >= ? AND l.quantity > 0
                        GROUP BY p.id, p.sku, p.name, p.price, p.currency
                        ORDER BY SUM(l.quantity) DESC, p.id LIMIT ?""")
                .params(UtcColumns.toColumn(since), POPULAR_POOL)
                .query((rs, row) -> new ProductLine(
                        rs.getString(1), rs.getString(2), rs.getInt(3), rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }

    private record Popular(List<ProductLine> products, Instant until) {}
}
