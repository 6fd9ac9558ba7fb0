package app.cairn.messaging.internal.broadcasts;

import app.cairn.commerce.OrderRecorded;
import app.cairn.commerce.OrdersRecorded;
import app.cairn.shared.UtcColumns;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Credits an order to the latest broadcast message the customer was sent within that broadcast's conversion
 * window before the order (last touch); an order counts once, and a message converts once. The revenue credited is
 * the order's amount in the reporting currency, kept with that currency (none when the order's currency has no
 * rate).
 */
@Component
public class Conversions {

    private final JdbcClient jdbc;

    public Conversions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A bulk write's recent orders count as if recorded one by one. */
    @ApplicationModuleListener
    public void on(OrdersRecorded orders) {
        orders.recent().forEach(this::credit);
    }

    @ApplicationModuleListener
    public void on(OrderRecorded order) {
        credit(order);
    }

    private void credit(OrderRecorded order) {
        if (order.total() == null || order.total().signum() <= 0) {
            return;
        }
        Instant at = order.placedAt();
        jdbc.sql("""
                        SELECT m.id FROM email_message m JOIN email_broadcast b ON b.id = m.source_id
                        WHERE m.customer_id = :customer AND m.source = 'BROADCAST' AND m.sent_at IS NOT NULL
                          AND m.sent_at <= :at AND m.sent_at >= DATE_SUB(:at, INTERVAL b.conversion_days DAY)
                          AND m.converted_at IS NULL
                        ORDER BY m.sent_at DESC LIMIT 1""")
                .param("customer", order.customerId())
                .param("at", UtcColumns.toColumn(at))
                .query(Long.class)
                .optional()
                .ifPresent(id -> jdbc.sql("""
                                UPDATE email_message SET converted_at = ?, conversion_revenue = ?, conversion_currency = ?
                                WHERE id = ? AND converted_at IS NULL""")
                        .params(
                                UtcColumns.toColumn(at),
                                order.reportingTotal(),
                                order.reportingTotal() == null ? null : order.reportingCurrency(),
                                id)
                        .update());
    }
}
