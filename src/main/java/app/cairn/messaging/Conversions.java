package app.cairn.messaging;

import app.cairn.commerce.OrderRecorded;
import app.cairn.shared.UtcColumns;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Credits an order to the latest broadcast message the customer was sent within that broadcast's conversion
 * window before the order (last touch); an order counts once, and a message converts once.
 */
@Component
class Conversions {

    private static final Logger log = LoggerFactory.getLogger(Conversions.class);

    private final JdbcClient jdbc;

    Conversions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderRecorded order) {
        if (order.total() == null || order.total().signum() <= 0) {
            return;
        }
        try {
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
                                    UPDATE email_message SET converted_at = ?, conversion_revenue = ?
                                    WHERE id = ? AND converted_at IS NULL""")
                            .params(UtcColumns.toColumn(at), order.total(), id)
                            .update());
        } catch (RuntimeException failed) {
            log.error("Order {} was not credited to a message", order.orderNumber(), failed);
        }
    }
}
