package app.cairn.commerce;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A customer's key purchase figures. Cancelled and returned orders are left out of the count and the spend.
 *
 * @param totalSpend sum of order totals in the reporting {@code currency} (returns recorded as negative lines
 *     reduce it); orders in a currency without an exchange rate are not in it
 * @param currency the reporting currency
 * @param unconverted orders left out of the spend because their currency has no exchange rate
 */
public record PurchaseFigures(
        long orders,
        BigDecimal totalSpend,
        String currency,
        long unconverted,
        Instant firstOrderAt,
        Instant lastOrderAt) {

    /** Total spend divided by the number of orders in it; zero without any. */
    public BigDecimal averageOrderValue() {
        long counted = orders - unconverted;
        return counted <= 0 ? BigDecimal.ZERO : totalSpend.divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }
}
