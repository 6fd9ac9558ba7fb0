package app.cairn.imports;

import app.cairn.customer.CustomerBatch;
import app.cairn.customer.CustomerBulkWriter;
import app.cairn.customer.CustomerRecord;
import app.cairn.imports.Problem.Severity;
import app.cairn.shared.WriteOutcome;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Writes the customers of a file in chunks; a row whose keys point at two customers is an error. */
final class CustomerSink implements RowSink<CustomerRecord> {

    static final int CHUNK = 2000;

    private final RunContext run;
    private final CustomerBulkWriter writer;
    private final LocalDate today;
    private final List<CustomerRecord> records = new ArrayList<>();
    private final List<Long> rows = new ArrayList<>();

    CustomerSink(RunContext run, CustomerBulkWriter writer, Clock clock) {
        this.run = run;
        this.writer = writer;
        this.today = LocalDate.now(clock);
    }

    @Override
    public ReadRow<CustomerRecord> read(RowValues row) {
        return ReadRow.of(row, CustomerRows.read(row, today), null);
    }

    @Override
    public void add(ReadRow<CustomerRecord> row) {
        run.report(row.problems());
        if (row.value() != null) {
            records.add(row.value());
            rows.add(row.row());
            if (records.size() >= CHUNK) {
                flush();
            }
        }
    }

    @Override
    public void flush() {
        if (records.isEmpty()) {
            return;
        }
        if (run.writing()) {
            CustomerBatch batch = writer.write(records, run.settings().blanks(), run.changedBy, "import");
            for (int i = 0; i < records.size(); i++) {
                WriteOutcome outcome = batch.outcomes().get(i);
                if (outcome == WriteOutcome.CONFLICT) {
                    run.report(List.of(new Problem(
                            rows.get(i), null, records.get(i).email(), Severity.ERROR, "customer.error.key-conflict")));
                } else {
                    run.counts.count(outcome);
                }
            }
        }
        records.clear();
        rows.clear();
    }
}
