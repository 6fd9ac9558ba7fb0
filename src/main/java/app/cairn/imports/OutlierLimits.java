package app.cairn.imports;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Values above these limits are imported but flagged in the report as likely mistakes
 * ({@code cairn.import.outliers.*}).
 */
@ConfigurationProperties("cairn.import.outliers")
public record OutlierLimits(BigDecimal maxUnitPrice, Integer maxQuantity, BigDecimal maxLineTotal) {

    /** The defaults: a unit price over 10,000, a quantity over 10,000 or a line over 50,000. */
    public OutlierLimits {
        maxUnitPrice = maxUnitPrice == null ? new BigDecimal("10000") : maxUnitPrice;
        maxQuantity = maxQuantity == null ? 10_000 : maxQuantity;
        maxLineTotal = maxLineTotal == null ? new BigDecimal("50000") : maxLineTotal;
    }
}
