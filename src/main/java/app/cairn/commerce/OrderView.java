package app.cairn.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order with its lines, as the customer page shows it. */
public record OrderView(
        long id,
        String orderNumber,
        Instant placedAt,
        OrderStatus status,
        String currency,
        BigDecimal total,
        List<OrderLineData> lines) {}
