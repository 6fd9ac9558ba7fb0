package app.cairn.textanalysis.internal.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts of predicted against true labels, and the figures read from them: accuracy, macro-averaged F1, each
 * label's precision, recall and F1, and with an out-of-scope label, the accuracy on in-scope texts and the recall of
 * out-of-scope ones.
 */
public final class Scores {

    private final Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
    private int total;
    private int correct;

    /** Counts one prediction. */
    public void add(String actual, String predicted) {
        confusion.computeIfAbsent(actual, k -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
        total++;
        if (actual.equals(predicted)) {
            correct++;
        }
    }

    /** Adds another set's counts to these. */
    public void addAll(Scores other) {
        other.confusion.forEach((actual, row) -> row.forEach((predicted, n) -> {
            confusion.computeIfAbsent(actual, k -> new LinkedHashMap<>()).merge(predicted, n, Integer::sum);
            total += n;
            if (actual.equals(predicted)) {
                correct += n;
            }
        }));
    }

    /** The number of predictions counted. */
    public int total() {
        return total;
    }

    /** The share predicted right. */
    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    /** The labels seen, as true or predicted, in order. */
    public List<String> labels() {
        TreeSet<String> labels = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(row -> labels.addAll(row.keySet()));
        return new ArrayList<>(labels);
    }

    /** How many texts of the true label were given the predicted one. */
    public int count(String actual, String predicted) {
        return confusion.getOrDefault(actual, Map.of()).getOrDefault(predicted, 0);
    }

    /**
     * One label's figures.
     *
     * @param label the label
     * @param support how many texts truly have it
     * @param precision share right of those predicted as it
     * @param recall share found of those that have it
     * @param f1 the harmonic mean of the two
     */
    public record LabelFigures(String label, int support, double precision, double recall, double f1) {}

    /** Each true label's figures. */
    public List<LabelFigures> perLabel() {
        List<LabelFigures> figures = new ArrayList<>();
        for (String label : labels()) {
            int truePositive = count(label, label);
            int support = confusion.getOrDefault(label, Map.of()).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
            int predicted = 0;
            for (Map<String, Integer> row : confusion.values()) {
                predicted += row.getOrDefault(label, 0);
            }
            if (support == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : (double) truePositive / predicted;
            double recall = (double) truePositive / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            figures.add(new LabelFigures(label, support, precision, recall, f1));
        }
        return figures;
    }

    /** The unweighted mean of the true labels' F1. */
    public double macroF1() {
        return perLabel().stream().mapToDouble(LabelFigures::f1).average().orElse(0);
    }

    /** The accuracy over texts whose true label is not {@code outOfScope}. */
    public double inScopeAccuracy(String outOfScope) {
        int in = 0;
        int right = 0;
        for (var row : confusion.entrySet()) {
            if (row.getKey().equals(outOfScope)) {
                continue;
            }
            for (var cell : row.getValue().entrySet()) {
                in += cell.getValue();
                if (cell.getKey().equals(row.getKey())) {
                    right += cell.getValue();
                }
            }
        }
        return in == 0 ? 0 : (double) right / in;
    }

    /** The share of out-of-scope texts predicted as out of scope. */
    public double outOfScopeRecall(String outOfScope) {
        Map<String, Integer> row = confusion.getOrDefault(outOfScope, Map.of());
        int all = row.values().stream().mapToInt(Integer::intValue).sum();
        return all == 0 ? 0 : (double) row.getOrDefault(outOfScope, 0) / all;
    }

    /** These scores as a model version's figures, measured as the named evaluations say. */
    public app.cairn.textanalysis.ModelFigures figures(
            List<app.cairn.textanalysis.ModelFigures.Evaluation> evaluations) {
        List<String> labels = labels();
        List<List<Integer>> matrix = new ArrayList<>();
        for (String actual : labels) {
            List<Integer> row = new ArrayList<>();
            for (String predicted : labels) {
                row.add(count(actual, predicted));
            }
            matrix.add(row);
        }
        return new app.cairn.textanalysis.ModelFigures(
                evaluations,
                perLabel().stream()
                        .map(f -> new app.cairn.textanalysis.ModelFigures.LabelFigure(
                                f.label(), f.support(), f.precision(), f.recall(), f.f1()))
                        .toList(),
                labels,
                matrix);
    }

    /** One evaluation's overall figures under a name. */
    public app.cairn.textanalysis.ModelFigures.Evaluation evaluation(String name) {
        return new app.cairn.textanalysis.ModelFigures.Evaluation(name, total, accuracy(), macroF1());
    }

    /** Accuracy as a percentage with one decimal. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
