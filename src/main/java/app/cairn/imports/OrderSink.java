package app.cairn.imports;

import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.commerce.OrderData;
import app.cairn.customer.BlankPolicy;
import app.cairn.customer.CustomerBatch;
import app.cairn.customer.CustomerBulkWriter;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerRecord;
import app.cairn.imports.Problem.Severity;
import app.cairn.shared.WriteOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts a file's rows together into orders (the lines of an order must be next to each other) and writes them in
 * chunks. A customer named by e-mail or customer number is created when Cairn does not know it yet. An order with
 * an error in any line is left out whole.
 */
final class OrderSink implements RowSink<OrderLineRow> {

    private final RunContext run;
    private final CustomerBulkWriter customers;
    private final CommerceBulkWriter commerce;
    private final OutlierLimits limits;
    private final Clock clock;
    private final ImportSettings settings;
    private final Set<String> finished = new HashSet<>();
    private final List<PendingOrder> ready = new ArrayList<>();
    private int readyLines;
    private PendingOrder current;

    OrderSink(
            RunContext run,
            CustomerBulkWriter customers,
            CommerceBulkWriter commerce,
            OutlierLimits limits,
            Clock clock) {
        this.run = run;
        this.customers = customers;
        this.commerce = commerce;
        this.limits = limits;
        this.clock = clock;
        this.settings = run.settings();
    }

    @Override
    public ReadRow<OrderLineRow> read(RowValues row) {
        OrderLineRow line = OrderRows.read(row, settings, limits, clock.instant());
        return ReadRow.of(row, line, row.text(ImportField.ORDER_NUMBER));
    }

    @Override
    public void add(ReadRow<OrderLineRow> row) {
        OrderLineRow line = row.value();
        String number = row.key();
        List<Problem> problems = new ArrayList<>(row.problems());
        if (number != null && (current == null || !current.number.equals(number)) && finished.contains(number)) {
            problems.add(new Problem(row.row(), null, number, Severity.ERROR, "import.problem.order-split", number));
            line = null;
        }
        run.report(problems);
        if (number == null) {
            return;
        }
        if (current == null || !current.number.equals(number)) {
            complete();
            current = new PendingOrder(number, row.row());
        }
        if (line == null) {
            current.failedRow = current.failedRow == 0 ? row.row() : current.failedRow;
        } else {
            current.lines.add(line);
        }
    }

    @Override
    public void flush() {
        complete();
        write();
    }

    private void complete() {
        if (current == null) {
            return;
        }
        finished.add(current.number);
        if (current.failedRow == 0) {
            ready.add(current);
            readyLines += current.lines.size();
        } else if (!current.lines.isEmpty()) {
            run.report(List.of(new Problem(
                    current.firstRow,
                    null,
                    current.number,
                    Severity.ERROR,
                    "import.problem.order-incomplete",
                    current.number,
                    current.failedRow)));
        }
        current = null;
        if (readyLines >= CustomerSink.CHUNK) {
            write();
        }
    }

    private void write() {
        if (ready.isEmpty()) {
            return;
        }
        if (run.writing()) {
            Map<String, CustomerRecord> buyers = new LinkedHashMap<>();
            for (PendingOrder order : ready) {
                buyers.putIfAbsent(order.customerKey(), order.buyer());
            }
            List<CustomerRecord> records = new ArrayList<>(buyers.values());
            CustomerBatch batch = customers.write(records, BlankPolicy.KEEP, run.changedBy, "import");
            Map<String, Long> ids = new LinkedHashMap<>();
            int i = 0;
            for (String key : buyers.keySet()) {
                WriteOutcome outcome = batch.outcomes().get(i);
                if (outcome == WriteOutcome.CREATED) {
                    run.counts.newCustomers++;
                }
                ids.put(key, batch.ids().get(i++));
            }
            List<OrderData> orders = new ArrayList<>();
            for (PendingOrder order : ready) {
                Long customerId = ids.get(order.customerKey());
                if (customerId == null) {
                    run.report(List.of(new Problem(
                            order.firstRow, null, order.number, Severity.ERROR, "customer.error.key-conflict")));
                } else {
                    orders.add(order.toOrder(customerId));
                }
            }
            commerce.recordOrders(orders).forEach(run.counts::count);
        }
        ready.clear();
        readyLines = 0;
    }

    /** An order while its lines are read. */
    private static final class PendingOrder {
        final String number;
        final long firstRow;
        final List<OrderLineRow> lines = new ArrayList<>();
        long failedRow;

        PendingOrder(String number, long firstRow) {
            this.number = number;
            this.firstRow = firstRow;
        }

        String customerKey() {
            OrderLineRow first = lines.getFirst();
            return first.customerEmail() != null ? "e:" + first.customerEmail() : "x:" + first.customerId();
        }

        CustomerRecord buyer() {
            OrderLineRow first = lines.getFirst();
            return new CustomerRecord(
                    first.customerId(),
                    new CustomerDetails(
                            first.customerEmail(), null, null, null, first.customerCountry(), null, null, null, null),
                    first.placedAt(),
                    "import",
                    Set.of(),
                    Map.of(),
                    Map.of());
        }

        OrderData toOrder(long customerId) {
            OrderLineRow first = lines.getFirst();
            return new OrderData(
                    number,
                    customerId,
                    first.placedAt(),
                    first.status(),
                    first.currency(),
                    lines.stream().map(OrderLineRow::line).toList());
        }
    }
}
