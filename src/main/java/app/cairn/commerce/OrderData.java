package app.cairn.commerce;

import java.time.Instant;
import java.util.List;

/** An order as a shop reports it; its number identifies it, so reporting it again changes nothing. */
public record OrderData(
        String orderNumber,
        long customerId,
        Instant placedAt,
        OrderStatus status,
        String currency,
        List<OrderLineData> lines) {}
