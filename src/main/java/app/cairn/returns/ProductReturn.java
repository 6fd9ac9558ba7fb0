package app.cairn.returns;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A return as staff see it.
 *
 * @param ticketNumber the ticket it was asked for on, or null
 * @param total what the lines are worth, in the order's currency
 * @param completedAt when it was refunded, exchanged or rejected, or null
 */
public record ProductReturn(
        long id,
        long customerId,
        String orderNumber,
        Long ticketNumber,
        ReturnReason reason,
        ReturnResolution resolution,
        ReturnStatus status,
        String currency,
        BigDecimal total,
        String note,
        List<ReturnLine> lines,
        Instant createdAt,
        Instant completedAt) {

    public ProductReturn {
        lines = List.copyOf(lines);
    }

    /** The number staff and customers use, e.g. {@code R-1042}; a refund's credit note carries it too. */
    public String number() {
        return number(id);
    }

    /** The number of the return with this id. */
    public static String number(long id) {
        return "R-" + id;
    }
}
