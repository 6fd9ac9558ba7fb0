package app.cairn.imports.ui;

import app.cairn.imports.FileInspection;
import app.cairn.imports.ImportField;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.imports.UploadFolder;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CSV import: choose what the file holds, upload it, check the settings and the column mapping against a
 * preview, check or import it, follow the progress and read the report.
 */
@Route("import")
@Menu(order = 20, icon = "vaadin:upload", title = "nav.import")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ImportService imports;
    private final transient AuthenticationContext authentication;
    private final transient UploadFolder uploads;
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final ImportSettingsForm form = new ImportSettingsForm();
    private final ImportRunPanel panel;
    private final Button check = new Button();
    private final Button start = new Button();
    private final HorizontalLayout actions = new HorizontalLayout(check, start);
    private final Grid<ImportRun> recent = new Grid<>();
    private final Poller poller = new Poller();
    private Path file;
    private String fileName;

    /** Builds the page over the import module's API. */
    public ImportView(ImportService imports, AuthenticationContext authentication, UploadFolder uploads) {
        this.imports = imports;
        this.uploads = uploads;
        this.authentication = authentication;
        this.panel = new ImportRunPanel(imports);
        kind.setId("import-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(ImportKind.CUSTOMERS);
        kind.addValueChangeListener(event -> {
            if (file != null) {
                inspect();
            }
        });
        Upload upload = new Upload(UploadHandler.toFile(
                (metadata, uploaded) -> received(metadata.fileName(), uploaded), metadata -> uploads.newFile()));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        form.setVisible(false);
        form.onDialectChange(this::reread);
        check.setId("import-check");
        check.setText(getTranslation("import.check"));
        check.addClickListener(event -> begin(true));
        start.setId("import-start");
        start.setText(getTranslation("import.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(event -> begin(false));
        actions.setVisible(false);
        configureRecent();
        add(kind, upload, form, actions, panel, new H3(getTranslation("import.recent")), recent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }

    private void received(String name, File uploaded) {
        discardFile();
        file = uploaded.toPath();
        fileName = name;
        inspect();
    }

    private void inspect() {
        try {
            show(imports.inspect(file, fileName, kind.getValue()));
        } catch (RefusedException refused) {
            refuse(refused);
        }
    }

    private void reread() {
        try {
            show(imports.reread(file, fileName, form.settings()));
        } catch (RefusedException refused) {
            refuse(refused);
        }
    }

    private void show(FileInspection inspection) {
        form.show(inspection);
        form.setVisible(true);
        actions.setVisible(true);
    }

    private void begin(boolean dryRun) {
        try {
            follow(imports.start(file, fileName, form.settings(), dryRun, currentUser(), getLocale()));
        } catch (RefusedException refused) {
            refuse(refused);
        }
    }

    /** Shows a run; while it runs, the page polls for its progress and no other run can be started. */
    private void follow(long id) {
        boolean running = panel.follow(id);
        check.setEnabled(!running);
        start.setEnabled(!running);
        if (running) {
            poller.start(500, () -> {
                if (!panel.refresh()) {
                    poller.stop();
                    check.setEnabled(true);
                    start.setEnabled(true);
                    recent.setItems(imports.recent(20));
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        poller.stop();
        discardFile();
    }

    private void configureRecent() {
        recent.setId("import-recent");
        recent.addThemeVariants(GridVariant.LUMO_COMPACT);
        recent.setAllRowsVisible(true);
        recent.addColumn(run -> StaffTimeZone.format(run.startedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("import.run.started"))
                .setAutoWidth(true);
        recent.addColumn(ImportRun::fileName)
                .setHeader(getTranslation("import.run.file"))
                .setAutoWidth(true);
        recent.addColumn(run -> getTranslation(run.kind().labelKey())).setHeader(getTranslation("import.kind"));
        recent.addColumn(run -> getTranslation(run.status().labelKey())
                        + (run.dryRun() ? " (" + getTranslation("import.check") + ")" : ""))
                .setHeader(getTranslation("import.run.status"))
                .setAutoWidth(true);
        recent.addColumn(ImportRun::startedBy).setHeader(getTranslation("import.run.by"));
        recent.setItems(imports.recent(20));
        recent.addItemClickListener(click -> follow(click.getItem().id()));
    }

    /** Shows why an import cannot start; fields named in the message are shown by their labels. */
    private void refuse(RefusedException refused) {
        Object[] arguments = Arrays.stream(refused.arguments())
                .map(a -> a instanceof ImportField field ? getTranslation(field.labelKey()) : a)
                .toArray();
        Notification note =
                Notification.show(getTranslation(refused.messageKey(), arguments), 8000, Notification.Position.MIDDLE);
        note.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void discardFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp folder too
            }
            file = null;
        }
    }

    private String currentUser() {
        return authentication.getPrincipalName().orElse("system");
    }
}
