package app.cairn.journey.ui;

import app.cairn.journey.ExperimentOutcome;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.StepStatistics;
import app.cairn.journey.VariantResult;
import app.cairn.shared.ui.Amounts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The side panel for the picked step: its name and id, its problems, its figures, its settings and delete. */
class StepPanel extends VerticalLayout {

    private final Div live = new Div();

    /**
     * What the panel shows besides the settings.
     *
     * @param statistics the step's figures, or null before anyone reached it
     * @param experiment an experiment step's outcome so far, or null
     */
    record Parts(List<String> problems, StepStatistics statistics, ExperimentOutcome experiment) {}

    StepPanel(
            JourneyNode step,
            List<JourneyNode> others,
            StepChoices choices,
            Parts parts,
            StepForm.RuleCodec rules,
            boolean readOnly,
            SerializableConsumer<Map<String, String>> onChange,
            SerializableRunnable onDelete) {
        setPadding(false);
        setId("journey-step-panel");
        H3 heading = new H3(getTranslation(step.type().labelKey()));
        heading.getStyle().set("margin", "0");
        // the step's internal id is no business of the marketer's: it is only marked on the panel, for its canvas
        getElement().setAttribute("data-step", step.id());
        add(heading, live);
        update(parts);
        StepForm form = new StepForm(step, others, choices, rules, onChange);
        form.setEnabled(!readOnly);
        add(form);
        if (!readOnly) {
            Button delete = new Button(getTranslation("journey.step.delete"), VaadinIcon.TRASH.create());
            delete.setId("journey-step-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.addClickListener(e -> onDelete.run());
            add(delete);
        }
    }

    /** Shows the step's problems and figures as they are now; the settings being edited stay as they are. */
    void update(Parts parts) {
        live.removeAll();
        if (!parts.problems().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("journey-step-problems");
            parts.problems().forEach(p -> list.add(new ListItem(p)));
            list.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
            live.add(list);
        }
        if (parts.statistics() != null) {
            live.add(figures(parts.statistics()));
        }
        if (parts.experiment() != null) {
            live.add(experiment(parts.experiment()));
        }
    }

    private Div figures(StepStatistics s) {
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        Div figures = new Div();
        figures.setId("journey-step-figures");
        figures.add(new Paragraph(getTranslation(
                "journey.figures",
                n.format(s.entered()),
                n.format(s.waiting()),
                n.format(s.passed()),
                n.format(s.exited()),
                n.format(s.converted()),
                Amounts.format(s.revenue(), s.currency(), getLocale()))));
        return figures;
    }

    private Div experiment(ExperimentOutcome outcome) {
        Div box = new Div();
        box.setId("journey-experiment");
        Grid<VariantResult> grid = new Grid<>();
        grid.setAllRowsVisible(true);
        NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        grid.addColumn(v -> v.variant().toUpperCase(Locale.ROOT)).setHeader(getTranslation("journey.variant"));
        grid.addColumn(v -> n.format(v.entered())).setHeader(getTranslation("journey.variant.entered"));
        grid.addColumn(v -> n.format(v.converted())).setHeader(getTranslation("journey.variant.converted"));
        grid.addColumn(v -> percent.format(v.rate())).setHeader(getTranslation("journey.variant.rate"));
        grid.setItems(outcome.variants());
        Paragraph verdict = new Paragraph(outcome.winner()
                .map(w -> getTranslation("journey.experiment.winner", w.toUpperCase(Locale.ROOT), pValue(outcome)))
                .orElseGet(() -> getTranslation("journey.experiment.no-winner", pValue(outcome))));
        verdict.setId("journey-experiment-verdict");
        Paragraph test = new Paragraph(getTranslation("journey.experiment.test", ExperimentOutcome.TEST));
        test.getStyle().set("color", "var(--lumo-secondary-text-color)");
        box.add(grid, verdict, test);
        return box;
    }

    private static String pValue(ExperimentOutcome outcome) {
        return Double.isNaN(outcome.pValue()) ? "–" : String.format(Locale.ROOT, "%.4f", outcome.pValue());
    }
}
