package app.cairn.returns;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A return was refunded or exchanged (a rejected one is not completed).
 *
 * @param status {@link ReturnStatus#REFUNDED} or {@link ReturnStatus#EXCHANGED}
 * @param total what the returned lines are worth, in {@code currency}
 * @param ticketNumber the ticket it was asked for on, or null
 */
public record ReturnCompleted(
        long returnId,
        String returnNumber,
        long customerId,
        String orderNumber,
        Long ticketNumber,
        ReturnStatus status,
        ReturnResolution resolution,
        BigDecimal total,
        String currency,
        Instant at) {}
