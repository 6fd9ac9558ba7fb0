package app.cairn.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Runs imports of CSV text the way the import page does: inspect, adjust the settings, start, wait. */
public final class ImportFixtures {

    private ImportFixtures() {}

    public static Path file(String text, Charset charset) throws IOException {
        Path file = Files.createTempFile("cairn-import-test", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, text.getBytes(charset));
        return file;
    }

    public static Path file(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("cairn-import-test", ".csv");
        file.toFile().deleteOnExit();
        Files.write(file, bytes);
        return file;
    }

    public static ImportRun run(
            ImportService imports, ImportKind kind, Path file, UnaryOperator<ImportSettings> adjust, boolean dryRun)
            throws InterruptedException {
        FileInspection inspection = imports.inspect(file, "test.csv", kind);
        long id =
                imports.start(file, "test.csv", adjust.apply(inspection.settings()), dryRun, "tester", Locale.ENGLISH);
        ImportRun run = imports.await(id, Duration.ofMinutes(2));
        if (run.status() == ImportStatus.RUNNING) {
            throw new AssertionError("import " + id + " still running after 2 minutes");
        }
        return run;
    }

    public static ImportRun importText(ImportService imports, ImportKind kind, String csv) throws Exception {
        return run(imports, kind, file(csv, java.nio.charset.StandardCharsets.UTF_8), s -> s, false);
    }
}
