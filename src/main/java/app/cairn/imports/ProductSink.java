package app.cairn.imports;

import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.commerce.ProductData;
import java.util.ArrayList;
import java.util.List;

/** Writes the products of a file in chunks. */
final class ProductSink implements RowSink<ProductData> {

    private final RunContext run;
    private final CommerceBulkWriter writer;
    private final OutlierLimits limits;
    private final List<ProductData> products = new ArrayList<>();

    ProductSink(RunContext run, CommerceBulkWriter writer, OutlierLimits limits) {
        this.run = run;
        this.writer = writer;
        this.limits = limits;
    }

    @Override
    public ReadRow<ProductData> read(RowValues row) {
        return ReadRow.of(row, ProductRows.read(row, limits), null);
    }

    @Override
    public void add(ReadRow<ProductData> row) {
        run.report(row.problems());
        if (row.value() != null) {
            products.add(row.value());
            if (products.size() >= CustomerSink.CHUNK) {
                flush();
            }
        }
    }

    @Override
    public void flush() {
        if (!products.isEmpty() && run.writing()) {
            writer.upsertProducts(products).forEach(run.counts::count);
        }
        products.clear();
    }
}
