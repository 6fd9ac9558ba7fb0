package app.cairn.commerce;

import java.math.BigDecimal;

/** A catalogue product; its SKU identifies it, so reporting it again updates it. */
public record ProductData(
        String sku, String name, String category, BigDecimal price, String currency, String description) {}
