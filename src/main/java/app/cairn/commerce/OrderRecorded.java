package app.cairn.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new order was recorded for a customer, through a single write such as the ingest API (bulk writes publish
 * {@link OrdersRecorded}).
 */
public record OrderRecorded(long customerId, long orderId, String orderNumber, Instant placedAt, BigDecimal total) {}
