package app.cairn.commerce;

import java.math.BigDecimal;

/**
 * One line of an order. A negative quantity is a return or cancellation of that many items.
 *
 * @param description the product name at the time of the order (the catalogue may change later)
 */
public record OrderLineData(String sku, String description, int quantity, BigDecimal unitPrice) {

    /** Quantity times unit price. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
