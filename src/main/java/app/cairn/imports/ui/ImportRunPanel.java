package app.cairn.imports.ui;

import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.imports.ImportStatus;
import app.cairn.imports.ReportLine;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.OutputStream;

/** One import run: a progress bar while it runs, then its outcome, counts, problems and the report download. */
class ImportRunPanel extends VerticalLayout {

    private final transient ImportService imports;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final H3 problemsTitle = new H3();
    private final Grid<ReportLine> problems = new Grid<>();
    private Anchor report;
    private long runId;

    ImportRunPanel(ImportService imports) {
        this.imports = imports;
        setPadding(false);
        setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
        status.getElement().getThemeList().add("badge");
        summary.setId("import-summary");
        message.setId("import-message");
        problems.setId("import-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setHeight("22rem");
        problems.addColumn(ReportLine::row)
                .setHeader(getTranslation("import.problem.row"))
                .setAutoWidth(true);
        problems.addColumn(ReportLine::column)
                .setHeader(getTranslation("import.problem.column"))
                .setAutoWidth(true);
        problems.addColumn(ReportLine::value)
                .setHeader(getTranslation("import.problem.value"))
                .setAutoWidth(true);
        problems.addColumn(l -> l.severity().name())
                .setHeader(getTranslation("import.problem.severity"))
                .setAutoWidth(true);
        problems.addColumn(ReportLine::message)
                .setHeader(getTranslation("import.problem.message"))
                .setFlexGrow(1);
        add(new H3(getTranslation("import.result")), progress, status, summary, message, problemsTitle, problems);
    }

    /** Shows a run from the start; true while it runs. */
    boolean follow(long id) {
        runId = id;
        setVisible(true);
        if (report != null) {
            remove(report);
            report = null;
        }
        problems.setItems(java.util.List.of());
        problemsTitle.setText("");
        return refresh();
    }

    /** Shows the run as it stands; false once it has ended. */
    boolean refresh() {
        ImportRun run = imports.run(runId).orElseThrow();
        progress.setValue(run.progress());
        progress.setIndeterminate(run.status() == ImportStatus.RUNNING && run.bytesRead() == 0);
        status.setText(getTranslation(run.status().labelKey()));
        status.getElement().getThemeList().removeAll(java.util.List.of("success", "warning", "error", "contrast"));
        status.getElement()
                .getThemeList()
                .add(
                        switch (run.status()) {
                            case IMPORTED, CHECKED -> "success";
                            case PARTIAL -> "warning";
                            case REJECTED, FAILED -> "error";
                            case RUNNING -> "contrast";
                        });
        summary.setText(getTranslation(
                "import.summary",
                run.rowsRead(),
                run.rowsFailed(),
                run.warnings(),
                run.created(),
                run.updated(),
                run.unchanged(),
                run.merged(),
                run.newCustomers()));
        message.setText(run.message() == null ? "" : run.message());
        if (run.status() == ImportStatus.RUNNING) {
            return true;
        }
        long count = imports.countProblems(runId);
        problemsTitle.setText(getTranslation("import.problems", count));
        long id = runId;
        problems.setItems(query -> imports.problems(id, query.getOffset(), query.getLimit()).stream());
        if (count > 0 && report == null) {
            report = new Anchor(
                    (DownloadEvent event) -> {
                        event.setFileName("import-" + id + "-report.csv");
                        event.setContentType("text/csv; charset=UTF-8");
                        try (OutputStream out = event.getOutputStream()) {
                            imports.writeReport(id, out);
                        }
                    },
                    getTranslation("import.download-report"));
            report.setId("import-report");
            report.getElement().setAttribute("download", true);
            addComponentAtIndex(indexOf(problemsTitle), report);
        }
        return false;
    }
}
