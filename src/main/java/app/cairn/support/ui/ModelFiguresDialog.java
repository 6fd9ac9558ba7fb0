package app.cairn.support.ui;

import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.text.NumberFormat;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A model version's figures: what it was measured on, each label's precision, recall and F1, and the confusion
 * matrix (rows: the true label; columns: the label the model gave; the diagonal is what it got right).
 */
final class ModelFiguresDialog extends Dialog {

    private final ModelTask task;

    ModelFiguresDialog(ModelVersion version, ModelFigures figures) {
        this.task = version.task();
        setHeaderTitle(getTranslation(
                "textmodel.figures-of", getTranslation(version.task().messageKey()), version.version()));
        setId("textmodel-figures");
        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        percent.setMaximumFractionDigits(1);
        NumberFormat decimal = NumberFormat.getNumberInstance(getLocale());
        decimal.setMaximumFractionDigits(3);
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        for (ModelFigures.Evaluation evaluation : figures.evaluations()) {
            body.add(new Paragraph(getTranslation(
                    "textmodel.evaluation",
                    evaluation.name(),
                    evaluation.texts(),
                    percent.format(evaluation.accuracy()),
                    decimal.format(evaluation.macroF1()))));
        }
        Grid<ModelFigures.LabelFigure> labels = new Grid<>();
        labels.setId("textmodel-labels");
        labels.setAllRowsVisible(true);
        labels.addColumn(f -> label(f.label()))
                .setHeader(getTranslation("textmodel.label"))
                .setFlexGrow(2);
        labels.addColumn(ModelFigures.LabelFigure::support).setHeader(getTranslation("textmodel.support"));
        labels.addColumn(f -> decimal.format(f.precision())).setHeader(getTranslation("textmodel.precision"));
        labels.addColumn(f -> decimal.format(f.recall())).setHeader(getTranslation("textmodel.recall"));
        labels.addColumn(f -> decimal.format(f.f1())).setHeader("F1");
        labels.setItems(figures.labels());
        body.add(labels, new H4(getTranslation("textmodel.confusion")), matrix(figures));
        add(body);
        getFooter().add(new Button(getTranslation("rfm.close"), e -> close()));
        setWidth("min(95vw, 80rem)");
    }

    private Grid<Integer> matrix(ModelFigures figures) {
        List<String> names = figures.matrixLabels();
        Grid<Integer> matrix = new Grid<>();
        matrix.setId("textmodel-confusion");
        matrix.setAllRowsVisible(true);
        matrix.addColumn(row -> label(names.get(row)))
                .setHeader(getTranslation("textmodel.true-predicted"))
                .setAutoWidth(true)
                .setFrozen(true);
        for (int c = 0; c < names.size(); c++) {
            int column = c;
            matrix.addColumn(row -> figures.confusion().get(row).get(column))
                    .setHeader(label(names.get(column)))
                    .setAutoWidth(true)
                    .setPartNameGenerator(row -> row == column ? "diagonal" : null);
        }
        matrix.setItems(IntStream.range(0, names.size()).boxed().toList());
        return matrix;
    }

    /** A label as the UI names it: the intent or sentiment translated. */
    private String label(String name) {
        return getTranslation((task == ModelTask.INTENT ? "intent." : "sentiment.") + name);
    }
}
