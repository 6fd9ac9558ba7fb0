package app.cairn.support.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import app.cairn.textanalysis.RetrainOutcome;
import app.cairn.textanalysis.TextModels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Map;

/**
 * The text models admins look after: for sentiment and intent, every version with the figures it was judged by
 * (the starter shipped with Cairn, each retraining, refused ones too), which one is in use, a way back to an
 * earlier one, retraining on the labels so far, and each version's label-by-label figures and confusion matrix.
 */
@Route("admin/text-models")
@Menu(order = 98, icon = "vaadin:lightbulb", title = "nav.text-models")
@RolesAllowed(Roles.ADMIN)
public class TextModelsView extends VerticalLayout implements HasDynamicTitle {

    private final transient TextModels models;
    private final String admin;
    private final Map<ModelTask, Grid<ModelVersion>> grids = new EnumMap<>(ModelTask.class);
    private final Map<ModelTask, Paragraph> summaries = new EnumMap<>(ModelTask.class);

    /** Builds the page over the text analysis module's API. */
    public TextModelsView(TextModels models, AuthenticationContext authentication) {
        this.models = models;
        this.admin = authentication.getPrincipalName().orElse("admin");
        setId("text-models");
        add(new Paragraph(getTranslation("textmodel.about")));
        for (ModelTask task : ModelTask.values()) {
            add(section(task));
        }
        refresh();
    }

    private VerticalLayout section(ModelTask task) {
        String id = task.name().toLowerCase(java.util.Locale.ROOT);
        Paragraph summary = new Paragraph();
        summary.setId("textmodel-" + id + "-summary");
        summaries.put(task, summary);
        Button retrain = new Button(getTranslation("textmodel.retrain"), e -> retrain(task));
        retrain.setId("textmodel-" + id + "-retrain");
        Grid<ModelVersion> grid = new Grid<>();
        grid.setId("textmodel-" + id + "-versions");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        grid.addColumn(ModelVersion::version)
                .setHeader(getTranslation("textmodel.version"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> {
                    var badge = new com.vaadin.flow.component.html.Span(
                            getTranslation("textmodel.status." + v.status().name()));
                    badge.getElement().getThemeList().add("badge");
                    if (v.status() == ModelVersion.Status.ACTIVE) {
                        badge.getElement().getThemeList().add("success");
                    } else if (v.status() == ModelVersion.Status.REFUSED) {
                        badge.getElement().getThemeList().add("error");
                    }
                    return badge;
                })
                .setHeader(getTranslation("textmodel.state"))
                .setAutoWidth(true);
        grid.addColumn(v -> getTranslation("textmodel.origin." + v.origin().name()))
                .setHeader(getTranslation("textmodel.origin"))
                .setAutoWidth(true);
        grid.addColumn(v -> StaffTimeZone.format(v.createdAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("textmodel.trained"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(v -> v.accuracy() == null ? "—" : percent.format(v.accuracy()))
                .setHeader(getTranslation("textmodel.accuracy"))
                .setAutoWidth(true);
        grid.addColumn(v -> v.comparedWith() == null ? "—" : percent.format(v.comparedWith()))
                .setHeader(getTranslation("textmodel.compared"))
                .setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(v -> getTranslation("textmodel.texts", v.trainingTexts(), v.testTexts()))
                .setHeader(getTranslation("textmodel.data"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(ModelVersion::note)
                .setHeader(getTranslation("textmodel.note"))
                .setFlexGrow(3);
        grid.addComponentColumn(v -> {
                    Button figures = new Button(getTranslation("textmodel.figures"), e -> models.figures(v.id())
                            .ifPresent(f -> new ModelFiguresDialog(v, f).open()));
                    figures.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    Button use = new Button(getTranslation("textmodel.use"), e -> {
                        models.activate(v.id(), admin);
                        Notification.show(getTranslation("textmodel.switched", v.version()));
                        refresh();
                    });
                    use.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    use.setVisible(v.status() == ModelVersion.Status.KEPT);
                    return new HorizontalLayout(figures, use);
                })
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("textmodel.none"));
        grids.put(task, grid);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(task.messageKey())), summary, retrain, grid);
        section.setPadding(false);
        return section;
    }

    private void retrain(ModelTask task) {
        RetrainOutcome outcome = models.retrain(task);
        Notification.show(
                getTranslation("textmodel.outcome." + outcome.result().name(), outcome.message()),
                8000,
                Notification.Position.BOTTOM_START);
        refresh();
    }

    private void refresh() {
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        for (ModelTask task : ModelTask.values()) {
            ModelVersion active = models.active(task);
            summaries
                    .get(task)
                    .setText(getTranslation(
                            "textmodel.summary",
                            active.version(),
                            active.accuracy() == null ? "—" : percent.format(active.accuracy()),
                            models.labelCount(task)));
            grids.get(task).setItems(models.versions(task));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("textmodel.title");
    }
}
