package app.cairn.commerce;

import java.math.BigDecimal;

/**
 * A product as an e-mail block lists it: an order's line, an item left in the cart or a suggestion.
 *
 * @param price the unit price paid or asked, or null when the catalogue has none
 * @param currency ISO 4217 code, or null when unknown
 */
public record ProductLine(String sku, String name, int quantity, BigDecimal price, String currency) {}
