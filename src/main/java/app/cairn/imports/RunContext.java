package app.cairn.imports;

import app.cairn.imports.Problem.Severity;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The state of one run that the row sinks share: counts, the problems found (stored in batches, in the words
 * of the person who started the run), and whether rows are still written.
 */
final class RunContext {

    private final long runId;
    private final ImportSettings settings;
    private final boolean dryRun;
    private final ImportRuns runs;
    private final I18NProvider translations;
    private final Locale locale;
    private final List<ReportLine> pending = new ArrayList<>();
    private long stored;
    final ImportCounts counts = new ImportCounts();
    final String changedBy;

    RunContext(
            long runId,
            ImportSettings settings,
            boolean dryRun,
            String changedBy,
            ImportRuns runs,
            I18NProvider translations,
            Locale locale) {
        this.runId = runId;
        this.settings = settings;
        this.dryRun = dryRun;
        this.changedBy = changedBy;
        this.runs = runs;
        this.translations = translations;
        this.locale = locale;
    }

    ImportSettings settings() {
        return settings;
    }

    boolean dryRun() {
        return dryRun;
    }

    /** False once a row failed in a file that is to be rejected: the rest is only checked. */
    boolean writing() {
        return settings.onErrors() == ErrorPolicy.SKIP_ROWS || counts.rowsFailed == 0;
    }

    /** Records the problems of a row and counts the row as failed when one is an error. */
    void report(List<Problem> problems) {
        boolean failed = false;
        for (Problem problem : problems) {
            if (problem.severity() == Severity.ERROR) {
                failed = true;
            } else {
                counts.warnings++;
            }
            if (stored + pending.size() < ImportRuns.MAX_PROBLEMS) {
                pending.add(new ReportLine(
                        problem.row(),
                        problem.column(),
                        problem.value(),
                        problem.severity(),
                        translations.getTranslation(problem.messageKey(), locale, problem.arguments())));
            }
        }
        if (failed) {
            counts.rowsFailed++;
        }
        if (pending.size() >= 1000) {
            flushProblems();
        }
    }

    String translate(String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    void flushProblems() {
        runs.addProblems(runId, List.copyOf(pending));
        stored += pending.size();
        pending.clear();
    }
}
