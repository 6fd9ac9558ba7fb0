package app.cairn.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A customer's key purchase figures. Cancelled and returned orders are left out of the count and the spend.
 *
 * @param totalSpend sum of order totals (returns recorded as negative lines reduce it)
 */
public record PurchaseFigures(long orders, BigDecimal totalSpend, Instant firstOrderAt, Instant lastOrderAt) {

    /** Total spend divided by the number of orders; zero without orders. */
    public BigDecimal averageOrderValue() {
        return orders == 0 ? BigDecimal.ZERO : totalSpend.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
    }
}
