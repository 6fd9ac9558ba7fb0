package app.cairn.imports;

import app.cairn.commerce.ProductData;
import java.math.BigDecimal;

/** Reads a catalogue product from a row. */
final class ProductRows {

    private ProductRows() {}

    /** The product, or null when the row has errors. */
    static ProductData read(RowValues row, OutlierLimits limits) {
        String sku = row.required(ImportField.SKU);
        String name = row.required(ImportField.NAME);
        BigDecimal price = row.number(ImportField.PRICE);
        if (price != null && price.signum() < 0) {
            row.error(ImportField.PRICE, price.toPlainString(), "import.problem.price-negative");
        } else if (price != null && price.compareTo(limits.maxUnitPrice()) > 0) {
            row.warning(ImportField.PRICE, price.toPlainString(), "import.problem.price-high", limits.maxUnitPrice());
        }
        String currency = price == null ? null : row.currency(ImportField.PRODUCT_CURRENCY);
        limit(row, ImportField.SKU, sku, 64);
        limit(row, ImportField.NAME, name, 255);
        String category = row.text(ImportField.CATEGORY);
        limit(row, ImportField.CATEGORY, category, 100);
        if (row.hasErrors()) {
            return null;
        }
        return new ProductData(sku, name, category, price, currency, row.text(ImportField.PRODUCT_DESCRIPTION));
    }

    static void limit(RowValues row, ImportField field, String value, int max) {
        if (value != null && value.length() > max) {
            row.error(field, null, "import.problem.too-long", max);
        }
    }
}
