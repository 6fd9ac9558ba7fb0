package app.cairn.returns;

import java.math.BigDecimal;

/**
 * Items of one order line sent back.
 *
 * @param orderLine the line's position on its order, from 1
 * @param description the product name the order has for it
 */
public record ReturnLine(int orderLine, String sku, String description, int quantity, BigDecimal unitPrice) {

    /** Quantity times unit price. */
    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
