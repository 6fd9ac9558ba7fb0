package app.cairn.imports;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerNormaliser;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an order line from a row. An order number with the file's cancellation prefix is a cancellation
 * (status {@code CANCELLED}, negative quantities expected); a negative quantity elsewhere is flagged as a
 * likely return, and unusually large values are flagged as outliers.
 */
final class OrderRows {

    private static final Map<String, OrderStatus> STATUSES = Map.ofEntries(
            Map.entry("placed", OrderStatus.PLACED),
            Map.entry("new", OrderStatus.PLACED),
            Map.entry("pending", OrderStatus.PLACED),
            Map.entry("paid", OrderStatus.PAID),
            Map.entry("processing", OrderStatus.PAID),
            Map.entry("shipped", OrderStatus.SHIPPED),
            Map.entry("delivered", OrderStatus.DELIVERED),
            Map.entry("completed", OrderStatus.DELIVERED),
            Map.entry("complete", OrderStatus.DELIVERED),
            Map.entry("cancelled", OrderStatus.CANCELLED),
            Map.entry("canceled", OrderStatus.CANCELLED),
            Map.entry("returned", OrderStatus.RETURNED),
            Map.entry("refunded", OrderStatus.RETURNED));

    private OrderRows() {}

    /** The line, or null when the row has errors. */
    static OrderLineRow read(RowValues row, ImportSettings settings, OutlierLimits limits, Instant now) {
        String number = row.required(ImportField.ORDER_NUMBER);
        String email = row.text(ImportField.CUSTOMER_EMAIL);
        String customerId = row.text(ImportField.CUSTOMER_ID);
        if (email == null && customerId == null) {
            row.error(
                    row.mapped(ImportField.CUSTOMER_ID) ? ImportField.CUSTOMER_ID : ImportField.CUSTOMER_EMAIL,
                    null,
                    "import.problem.order-customer");
        }
        try {
            email = CustomerNormaliser.email(email);
        } catch (CustomerException refused) {
            row.refused(refused);
        }
        String country = country(row);
        Instant placedAt = row.instant(ImportField.PLACED_AT);
        if (row.text(ImportField.PLACED_AT) == null) {
            row.error(ImportField.PLACED_AT, null, "import.problem.required");
        } else if (placedAt != null && placedAt.isAfter(now)) {
            row.warning(ImportField.PLACED_AT, row.text(ImportField.PLACED_AT), "import.problem.date-future");
        }
        boolean cancellation = number != null
                && settings.cancellationPrefix() != null
                && !settings.cancellationPrefix().isBlank()
                && number.startsWith(settings.cancellationPrefix().strip());
        OrderStatus status = cancellation ? OrderStatus.CANCELLED : status(row);
        String sku = row.required(ImportField.LINE_SKU);
        ProductRows.limit(row, ImportField.LINE_SKU, sku, 64);
        ProductRows.limit(row, ImportField.ORDER_NUMBER, number, 64);
        Integer quantity = row.text(ImportField.QUANTITY) == null ? null : row.integer(ImportField.QUANTITY);
        if (row.text(ImportField.QUANTITY) == null) {
            row.error(ImportField.QUANTITY, null, "import.problem.required");
        }
        BigDecimal price = row.text(ImportField.UNIT_PRICE) == null ? null : row.number(ImportField.UNIT_PRICE);
        if (row.text(ImportField.UNIT_PRICE) == null) {
            row.error(ImportField.UNIT_PRICE, null, "import.problem.required");
        }
        String currency = row.currency(ImportField.ORDER_CURRENCY);
        if (price != null && currency != null) {
            int decimals = CommerceManagement.priceDecimals(currency);
            if (price.stripTrailingZeros().scale() > decimals) {
                // rounded, the line would keep a price and a total that disagree (0.33333 × 3 as 0.33 and 1.00)
                row.error(
                        ImportField.UNIT_PRICE,
                        row.text(ImportField.UNIT_PRICE),
                        "import.problem.price-precision",
                        currency,
                        decimals);
            }
        }
        flagOutliers(row, limits, cancellation, quantity, price);
        if (row.hasErrors()) {
            return null;
        }
        String description = row.text(ImportField.LINE_DESCRIPTION);
        if (description != null && description.length() > 255) {
            row.warning(ImportField.LINE_DESCRIPTION, null, "import.problem.truncated", 255);
            description = description.substring(0, 255);
        }
        return new OrderLineRow(
                row.row(),
                number,
                email,
                customerId,
                country,
                placedAt,
                status,
                currency,
                new OrderLineData(sku, description, quantity, price));
    }

    private static void flagOutliers(
            RowValues row, OutlierLimits limits, boolean cancellation, Integer quantity, BigDecimal price) {
        if (quantity != null && quantity == 0) {
            row.error(ImportField.QUANTITY, "0", "import.problem.quantity-zero");
        } else if (quantity != null && quantity < 0 && !cancellation) {
            row.warning(ImportField.QUANTITY, quantity.toString(), "import.problem.quantity-negative");
        } else if (quantity != null && quantity > 0 && cancellation) {
            row.warning(ImportField.QUANTITY, quantity.toString(), "import.problem.cancellation-positive");
        }
        if (quantity != null && Math.abs((long) quantity) > limits.maxQuantity()) {
            row.warning(
                    ImportField.QUANTITY, quantity.toString(), "import.problem.quantity-high", limits.maxQuantity());
        }
        if (price != null && price.signum() < 0) {
            row.warning(ImportField.UNIT_PRICE, price.toPlainString(), "import.problem.price-negative-line");
        } else if (price != null && price.compareTo(limits.maxUnitPrice()) > 0) {
            row.warning(
                    ImportField.UNIT_PRICE, price.toPlainString(), "import.problem.price-high", limits.maxUnitPrice());
        }
        if (quantity != null && price != null) {
            BigDecimal total = price.multiply(BigDecimal.valueOf(quantity)).abs();
            if (total.compareTo(limits.maxLineTotal()) > 0) {
                row.warning(
                        ImportField.QUANTITY,
                        total.toPlainString(),
                        "import.problem.line-total-high",
                        limits.maxLineTotal());
            }
        }
    }

    private static OrderStatus status(RowValues row) {
        String value = row.text(ImportField.STATUS);
        if (value == null) {
            return OrderStatus.PLACED;
        }
        OrderStatus status = STATUSES.get(value.toLowerCase(Locale.ROOT));
        if (status == null) {
            row.error(ImportField.STATUS, value, "import.problem.status");
            return OrderStatus.PLACED;
        }
        return status;
    }

    /** The customer's country, or null with a warning when the file names one Cairn does not know. */
    private static String country(RowValues row) {
        String value = row.text(ImportField.CUSTOMER_COUNTRY);
        try {
            return CustomerNormaliser.country(value);
        } catch (CustomerException unknown) {
            row.warning(ImportField.CUSTOMER_COUNTRY, value, "import.problem.country-unknown");
            return null;
        }
    }
}
