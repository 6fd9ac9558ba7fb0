package app.cairn.textanalysis;

import java.util.List;

/**
 * How a model version did on its held-out texts, label by label.
 *
 * @param evaluations what it was measured on, with the overall figures of each
 * @param labels each label's figures on the first evaluation
 * @param matrixLabels the labels of the confusion matrix's rows (true) and columns (predicted)
 * @param confusion how many texts of each true label got each predicted label
 */
public record ModelFigures(
        List<Evaluation> evaluations,
        List<LabelFigure> labels,
        List<String> matrixLabels,
        List<List<Integer>> confusion) {

    /**
     * One measurement.
     *
     * @param name what was measured, e.g. "UCI Amazon, 10-fold cross-validation" or "the shop's held-out labels"
     * @param texts how many texts
     * @param accuracy the share right
     * @param macroF1 the macro-averaged F1
     */
    public record Evaluation(String name, int texts, double accuracy, double macroF1) {}

    /**
     * One label's figures.
     *
     * @param label the label
     * @param support how many texts truly had it
     * @param precision the share right of those predicted as it
     * @param recall the share found of those that had it
     * @param f1 the harmonic mean of the two
     */
    public record LabelFigure(String label, int support, double precision, double recall, double f1) {}
}
