package app.cairn.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One thing a customer did, as the customer page's timeline tells it: an event, or an order with its number and
 * amount (an order placed event that repeats a recorded order is told once, as the order).
 *
 * @param productName the product the event was about, or null
 * @param properties the event's own details as sent (JSON), or null
 * @param orderNumber for an order, its number; else null
 * @param total for an order, its total in {@code currency}; else null
 * @param status for an order, its status; else null
 */
public record Activity(
        EventType type,
        Instant at,
        String productName,
        String properties,
        String orderNumber,
        BigDecimal total,
        String currency,
        OrderStatus status) {

    /** Whether this is a recorded order rather than an event. */
    public boolean isOrder() {
        return orderNumber != null;
    }
}
