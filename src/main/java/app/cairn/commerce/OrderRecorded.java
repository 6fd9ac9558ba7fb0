package app.cairn.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new order was recorded for a customer, through a single write such as the ingest API (bulk writes publish
 * {@link OrdersRecorded}).
 *
 * @param total the order's amount in its own {@code currency}
 * @param reportingTotal the amount in {@code reportingCurrency}, or null when there is no rate for the currency
 */
public record OrderRecorded(
        long customerId,
        long orderId,
        String orderNumber,
        Instant placedAt,
        BigDecimal total,
        String currency,
        BigDecimal reportingTotal,
        String reportingCurrency) {}
