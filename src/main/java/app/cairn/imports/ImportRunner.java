package app.cairn.imports;

import app.cairn.commerce.CommerceBulkWriter;
import app.cairn.customer.CustomerBulkWriter;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: reads the file row by row and writes it in chunks, all in one transaction. The transaction
 * is rolled back for a check, for a file to be rejected because of row errors, and for a file that cannot be
 * read to the end, so that a refused file never leaves half of itself behind.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final ImportRuns runs;
    private final CustomerBulkWriter customers;
    private final CommerceBulkWriter commerce;
    private final OutlierLimits limits;
    private final I18NProvider translations;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImportRunner(
            ImportRuns runs,
            CustomerBulkWriter customers,
            CommerceBulkWriter commerce,
            OutlierLimits limits,
            I18NProvider translations,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.runs = runs;
        this.customers = customers;
        this.commerce = commerce;
        this.limits = limits;
        this.translations = translations;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Reads the stream to its end and closes it; the run's row shows the outcome. */
    void run(long runId, InputStream file, CsvDialect dialect, ImportSettings settings, boolean dryRun, Job job) {
        RunContext run = new RunContext(runId, settings, dryRun, job.changedBy(), runs, translations, job.locale());
        ImportStatus status;
        String message = null;
        BoundedInputStream counted = counting(file);
        try (counted;
                Reader reader = CsvFiles.open(counted, dialect.charset(), dialect.bomLength());
                CSVParser parser = CSVParser.parse(reader, CsvFiles.format(dialect.delimiter()))) {
            status = transaction.execute(tx -> {
                ImportStatus outcome = readAll(parser.iterator(), run, counted, runId);
                if (!outcome.wrote()) {
                    tx.setRollbackOnly();
                }
                return outcome;
            });
        } catch (UncheckedIOException | IOException unreadable) {
            status = ImportStatus.FAILED;
            message = unreadable(unreadable, run, dialect);
        } catch (RuntimeException failure) {
            log.error("Import run {} failed", runId, failure);
            status = ImportStatus.FAILED;
            message =
                    run.translate("import.failed.unexpected", failure.getClass().getSimpleName());
        }
        if (status == ImportStatus.FAILED && message == null) {
            message = run.translate("import.failed.empty");
        }
        run.flushProblems();
        run.counts.bytesRead = counted.getCount();
        if (status == ImportStatus.CHECKED) {
            message = run.translate("import.checked.nothing-kept");
        } else if (!status.wrote()) {
            run.counts.created = 0;
            run.counts.updated = 0;
            run.counts.merged = 0;
            run.counts.newCustomers = 0;
        }
        runs.finish(runId, status, run.counts, message);
    }

    private ImportStatus readAll(Iterator<CSVRecord> records, RunContext run, BoundedInputStream counted, long id) {
        if (!records.hasNext()) {
            return ImportStatus.FAILED; // emptied since it was inspected
        }
        List<String> header = records.next().toList();
        RowValues row = new RowValues(header, run.settings());
        switch (run.settings().kind()) {
            case CUSTOMERS -> writeAll(new CustomerSink(run, customers, clock), records, row, run, counted, id);
            case PRODUCTS -> writeAll(new ProductSink(run, commerce, limits), records, row, run, counted, id);
            case ORDERS ->
                writeAll(new OrderSink(run, customers, commerce, limits, clock), records, row, run, counted, id);
        }
        if (run.dryRun()) {
            return ImportStatus.CHECKED;
        }
        if (run.counts.rowsFailed == 0) {
            return ImportStatus.IMPORTED;
        }
        return run.settings().onErrors() == ErrorPolicy.REJECT_FILE ? ImportStatus.REJECTED : ImportStatus.PARTIAL;
    }

    /** Writes the rows as a thread of their own reads them ahead; a failure to read comes after the rows before. */
    private <T> void writeAll(
            RowSink<T> sink,
            Iterator<CSVRecord> records,
            RowValues row,
            RunContext run,
            BoundedInputStream counted,
            long id) {
        long lastProgress = System.nanoTime();
        try (ReadAhead<T> reading = new ReadAhead<>(records, row, sink, counted::getCount, "cairn-import-read-" + id)) {
            ReadAhead.Batch<T> batch;
            do {
                batch = reading.next();
                for (ReadRow<T> read : batch.rows()) {
                    run.counts.rowsRead++;
                    if (read.readable()) {
                        sink.add(read);
                    } else {
                        run.report(read.problems());
                    }
                }
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (System.nanoTime() - lastProgress > 500_000_000L) {
                    run.counts.bytesRead = batch.bytesRead();
                    runs.progress(id, run.counts);
                    lastProgress = System.nanoTime();
                }
            } while (!batch.last());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", interrupted);
        }
        sink.flush();
    }

    /** Says what is wrong with a file that cannot be read to the end, and where. */
    private static String unreadable(Exception failure, RunContext run, CsvDialect dialect) {
        // the header is row 1, so the row being read when it failed is the rows read so far plus 2
        long row = run.counts.rowsRead + 2;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return run.translate(
                        "import.failed.encoding", row, dialect.charset().displayName(Locale.ROOT));
            }
        }
        Throwable cause = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        return run.translate("import.failed.syntax", row, String.valueOf(cause.getMessage()));
    }

    /** The file as it is read, counting the bytes for the progress bar (Apache Commons IO). */
    private static BoundedInputStream counting(InputStream file) {
        try {
            return BoundedInputStream.builder().setInputStream(file).get();
        } catch (IOException unusable) {
            throw new UncheckedIOException(unusable);
        }
    }

    /** Who runs an import and in which language its report is written. */
    record Job(String changedBy, Locale locale) {}
}
