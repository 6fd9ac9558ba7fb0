package app.cairn.imports;

import app.cairn.shared.SpreadsheetText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * CSV imports of customers, products and orders: inspecting an uploaded file, checking and running an import
 * in the background, following its progress and reading its report. The settings of every started import are
 * remembered for files with the same header.
 */
@Service
public class ImportService implements DisposableBean {

    private static final int PREVIEW_ROWS = 10;
    private static final int SILENT_MINUTES = 2;
    /** The most columns a file may have: far more than any shop export, few enough for the mapping page. */
    static final int MAX_COLUMNS = 300;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRuns runs;
    private final ImportMappings mappings;
    private final ImportRunner runner;
    private final ExecutorService workers;
    /** Fails the runs of a node that stopped mid-import, whether this node started before or after. */
    private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cairn-import-watch");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration watchInterval;

    ImportService(
            ImportRuns runs,
            ImportMappings mappings,
            ImportRunner runner,
            @Value("${cairn.imports.watch-interval:1m}") Duration watchInterval) {
        this.watchInterval = watchInterval;
        this.runs = runs;
        this.mappings = mappings;
        this.runner = runner;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "cairn-import-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Reads the start of a file: its dialect, header and first rows, and the settings to start from (those
     * saved for this header, with the encoding and delimiter detected in this file).
     *
     * @throws ImportException when the file is empty or cannot be read
     */
    public FileInspection inspect(Path file, String fileName, ImportKind kind) {
        try {
            CsvDialect dialect = CsvFiles.detect(file);
            Sample sample = sample(file, dialect);
            Optional<ImportSettings> saved = mappings.find(kind, sample.header());
            ImportSettings settings = saved.map(remembered -> remembered.withDialect(dialect))
                    .orElseGet(() -> SettingsGuess.guess(kind, dialect, sample.header(), sample.rows()));
            return new FileInspection(
                    fileName, sample.header(), sample.rows(), settings, saved.isPresent(), dialect.encoding());
        } catch (IOException unreadable) {
            throw new ImportException("import.error.unreadable", unreadable.getMessage());
        }
    }

    /**
     * Reads the start of a file again with the encoding and delimiter of the settings (chosen by hand); the
     * mapping of headers that are still there is kept, new headers are guessed.
     */
    public FileInspection reread(Path file, String fileName, ImportSettings settings) {
        try {
            CsvDialect dialect = dialect(file, settings);
            Sample sample = sample(file, dialect);
            Map<String, ImportField> columns =
                    new java.util.LinkedHashMap<>(SettingsGuess.mapping(settings.kind(), sample.header()));
            settings.columns().forEach((header, field) -> {
                if (sample.header().contains(header)) {
                    columns.put(header, field);
                }
            });
            columns.keySet().retainAll(sample.header());
            return new FileInspection(
                    fileName, sample.header(), sample.rows(), settings.withColumns(columns), false, dialect.encoding());
        } catch (IOException unreadable) {
            throw new ImportException("import.error.unreadable", unreadable.getMessage());
        }
    }

    /**
     * Checks that the settings can import a file with this header: every required field mapped, none twice.
     *
     * @throws ImportException naming what is missing
     */
    public void requireMapping(ImportSettings settings, List<String> header) {
        Map<ImportField, Integer> uses = new EnumMap<>(ImportField.class);
        settings.columns().forEach((h, field) -> {
            if (header.contains(h)) {
                uses.merge(field, 1, Integer::sum);
            }
        });
        if (header.size() == 1 && header.getFirst().matches(".*[,;\t|].*")) {
            throw new ImportException("import.error.one-column", String.valueOf(settings.delimiter()));
        }
        uses.forEach((field, count) -> {
            if (count > 1 && field != ImportField.ATTRIBUTE) {
                throw new ImportException("import.error.mapped-twice", field);
            }
        });
        for (ImportField field : settings.kind().fields()) {
            if (field.required() && !uses.containsKey(field)) {
                throw new ImportException("import.error.mapping-missing", field);
            }
        }
        switch (settings.kind()) {
            case CUSTOMERS -> requireOne(uses, ImportField.EMAIL, ImportField.EXTERNAL_ID);
            case ORDERS -> requireOne(uses, ImportField.CUSTOMER_EMAIL, ImportField.CUSTOMER_ID);
            case PRODUCTS -> {}
        }
    }

    /**
     * Starts importing (or, for a check, trying) a file in the background and remembers its settings for files
     * with the same header.
     *
     * @param dryRun true to check the file: every row is read and tried, and nothing is kept
     * @param user who starts it; the history names them
     * @param locale the language of the report
     * @return the run's id
     * @throws ImportException when the mapping is incomplete or the file cannot be opened
     */
    public long start(Path file, String fileName, ImportSettings settings, boolean dryRun, String user, Locale locale) {
        try {
            CsvDialect dialect = dialect(file, settings);
            List<String> header = sample(file, dialect).header();
            requireMapping(settings, header);
            mappings.save(fileName, header, settings, user);
            long id = runs.create(settings.kind(), fileName, dryRun, user, Files.size(file));
            InputStream in = Files.newInputStream(file);
            var job = new ImportRunner.Job("import:" + fileName + " by " + user, locale);
            workers.submit(() -> runner.run(id, in, dialect, settings, dryRun, job));
            return id;
        } catch (IOException unreadable) {
            throw new ImportException("import.error.unreadable", unreadable.getMessage());
        }
    }

    /** Saves settings under a name for files with this header (as every start does). */
    public void saveMapping(String name, List<String> header, ImportSettings settings, String user) {
        mappings.save(name, header, settings, user);
    }

    /** An import run, with its progress while it runs. */
    public Optional<ImportRun> run(long id) {
        return runs.find(id);
    }

    /** Waits until the run has ended (or the time is up) and returns it as it stands. */
    public ImportRun await(long id, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        ImportRun run = runs.find(id).orElseThrow();
        while (run.status() == ImportStatus.RUNNING && System.nanoTime() < end) {
            Thread.sleep(100);
            run = runs.find(id).orElseThrow();
        }
        return run;
    }

    /** The latest runs, newest first. */
    public List<ImportRun> recent(int limit) {
        return runs.recent(limit);
    }

    /** A page of a run's problems, by row. */
    public List<ReportLine> problems(long id, int offset, int limit) {
        return runs.problems(id, offset, limit);
    }

    /** How many problems of a run are kept (at most 100,000). */
    public long countProblems(long id) {
        return runs.countProblems(id);
    }

    /**
     * Writes a run's report as CSV (UTF-8 with a byte-order mark, for spreadsheets). A value that a spreadsheet
     * would run as a formula is written as text.
     */
    public void writeReport(long id, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\ufeff');
        try (CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord("row", "column", "value", "severity", "problem");
            runs.eachProblem(id, line -> {
                try {
                    printer.printRecord(
                            line.row(),
                            SpreadsheetText.safe(line.column()),
                            SpreadsheetText.safe(line.value()),
                            line.severity().name(),
                            SpreadsheetText.safe(line.message()));
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        }
    }

    /**
     * At start-up and every minute after ({@code cairn.imports.watch-interval}), marks failed the runs that have reported no progress for
     * {@value #SILENT_MINUTES} minutes: their node stopped (a run reports after every batch of rows).
     */
    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedRuns() {
        runs.failAbandoned(Duration.ofMinutes(SILENT_MINUTES));
        watch.scheduleWithFixedDelay(
                () -> {
                    try {
                        runs.failAbandoned(Duration.ofMinutes(SILENT_MINUTES));
                    } catch (RuntimeException notNow) {
                        log.warn("Could not look for abandoned imports: {}", notNow.getMessage());
                    }
                },
                watchInterval.toMillis(),
                watchInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        watch.shutdownNow();
        workers.shutdownNow();
    }

    private static void requireOne(Map<ImportField, Integer> uses, ImportField one, ImportField other) {
        if (!uses.containsKey(one) && !uses.containsKey(other)) {
            throw new ImportException("import.error.key-missing", one, other);
        }
    }

    private static CsvDialect dialect(Path file, ImportSettings settings) throws IOException {
        Charset charset;
        try {
            charset = Charset.forName(settings.encoding());
        } catch (IllegalArgumentException unknown) {
            throw new ImportException("import.error.encoding-unknown", String.valueOf(settings.encoding()));
        }
        return new CsvDialect(
                charset, CsvFiles.bomLength(file, charset), settings.delimiter(), CsvDialect.Encoding.CHOSEN);
    }

    private static Sample sample(Path file, CsvDialect dialect) throws IOException {
        List<List<String>> records = CsvFiles.records(
                CsvFiles.sample(file, dialect.charset(), dialect.bomLength()), dialect.delimiter(), PREVIEW_ROWS + 1);
        if (records.isEmpty()) {
            throw new ImportException("import.failed.empty");
        }
        if (records.getFirst().size() > MAX_COLUMNS) {
            // the page maps every column by hand: thousands of them would freeze it
            throw new ImportException(
                    "import.error.too-many-columns", records.getFirst().size(), MAX_COLUMNS);
        }
        return new Sample(records.getFirst(), records.subList(1, records.size()));
    }

    private record Sample(List<String> header, List<List<String>> rows) {}
}
