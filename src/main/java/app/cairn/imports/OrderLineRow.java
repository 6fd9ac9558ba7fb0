package app.cairn.imports;

import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import java.time.Instant;

/** One row of an orders file: an order line with its order's and customer's values. */
record OrderLineRow(
        long row,
        String orderNumber,
        String customerEmail,
        String customerId,
        String customerCountry,
        Instant placedAt,
        OrderStatus status,
        String currency,
        OrderLineData line) {}
