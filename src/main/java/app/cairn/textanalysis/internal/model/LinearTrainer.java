package app.cairn.textanalysis.internal.model;

import app.cairn.textanalysis.internal.features.SparseVector;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link LinearModel} with LIBLINEAR: L2-regularised logistic regression (one against the rest for several
 * classes), solved in the dual, which is the fastest of its solvers on many sparse features and gives the class
 * probabilities that the confidence thresholds read.
 *
 * <p>The hashed feature ids are renumbered densely for the solver (it keeps a weight for every id up to the largest),
 * and the weights of features no training text has are not kept.
 */
public final class LinearTrainer {

    /**
     * How hard to fit.
     *
     * @param cost LIBLINEAR's C: higher fits the training texts more closely
     * @param solver the LIBLINEAR solver
     */
    public record Settings(double cost, SolverType solver) {

        /** Logistic regression in the dual with the given cost. */
        public static Settings logistic(double cost) {
            return new Settings(cost, SolverType.L2R_LR_DUAL);
        }
    }

    static {
        Linear.disableDebugOutput();
    }

    private static final double[] COSTS = {1, 4, 16, 64};
    private static final int CHOOSING_FOLDS = 5;
    private static final int MAX_CHOOSING_TEXTS = 8_000;

    private LinearTrainer() {}

    /**
     * The cost that predicts the training texts best in a 5-fold cross-validation on them alone (on a seeded
     * sample of at most 8,000), out of 1, 4, 16 and 64. No held-out test text takes part.
     */
    public static double chooseCost(List<SparseVector> vectors, List<String> targets, List<String> labelOrder) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            order.add(i);
        }
        java.util.Collections.shuffle(order, new java.util.Random(17));
        List<Integer> sample = order.subList(0, Math.min(order.size(), MAX_CHOOSING_TEXTS));
        double best = COSTS[0];
        int bestRight = -1;
        for (double cost : COSTS) {
            int right = 0;
            for (int fold = 0; fold < CHOOSING_FOLDS; fold++) {
                List<SparseVector> trainX = new ArrayList<>();
                List<String> trainY = new ArrayList<>();
                for (int i = 0; i < sample.size(); i++) {
                    if (i % CHOOSING_FOLDS != fold) {
                        trainX.add(vectors.get(sample.get(i)));
                        trainY.add(targets.get(sample.get(i)));
                    }
                }
                LinearModel model = train(trainX, trainY, labelOrder, Settings.logistic(cost));
                for (int i = fold; i < sample.size(); i += CHOOSING_FOLDS) {
                    if (model.best(vectors.get(sample.get(i))).equals(targets.get(sample.get(i)))) {
                        right++;
                    }
                }
            }
            if (right > bestRight) {
                bestRight = right;
                best = cost;
            }
        }
        return best;
    }

    /** A model for the labelled vectors; the labels in first-seen order unless {@code labelOrder} is given. */
    public static LinearModel train(
            List<SparseVector> vectors, List<String> targets, List<String> labelOrder, Settings settings) {
        if (vectors.size() != targets.size() || vectors.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as texts, and at least one text");
        }
        List<String> labels = labels(targets, labelOrder);
        if (labels.size() < 2) {
            throw new IllegalArgumentException("need texts of at least two labels, got " + labels);
        }
        Map<Integer, Integer> dense = new HashMap<>();
        List<Integer> featureIds = new ArrayList<>();
        Problem problem = new Problem();
        problem.l = vectors.size();
        problem.x = new Feature[vectors.size()][];
        problem.y = new double[vectors.size()];
        problem.bias = -1;
        for (int i = 0; i < vectors.size(); i++) {
            SparseVector vector = vectors.get(i);
            FeatureNode[] row = new FeatureNode[vector.size() + 1];
            for (int f = 0; f < vector.size(); f++) {
                int id = vector.ids()[f];
                int index = dense.computeIfAbsent(id, k -> {
                    featureIds.add(k);
                    return featureIds.size() + 1; // 1 is the bias column
                });
                row[f + 1] = new FeatureNode(index, vector.values()[f]);
            }
            row[0] = new FeatureNode(1, 1.0);
            Arrays.sort(row, (a, b) -> Integer.compare(a.index, b.index));
            problem.x[i] = row;
            int label = labels.indexOf(targets.get(i));
            problem.y[i] = label;
        }
        problem.n = featureIds.size() + 1;
        double[] ratio = labels.size() == 2 ? logCountRatios(problem) : null;
        if (ratio != null) {
            for (Feature[] row : problem.x) {
                for (int f = 1; f < row.length; f++) {
                    row[f].setValue(row[f].getValue() * ratio[row[f].getIndex()]);
                }
            }
        }
        Model model = Linear.train(problem, new Parameter(settings.solver(), settings.cost(), 0.01));
        return toModel(model, labels, featureIds, ratio);
    }

    /**
     * For two classes, the naive-Bayes log-count ratio of each feature (Wang and Manning 2012): how much more often
     * it occurs in texts of the first label than of the second, smoothed by one. Scaling the features by it before
     * the regression lets a few thousand texts weigh telling features more; the scale is folded into the weights.
     */
    private static double[] logCountRatios(Problem problem) {
        double[] first = new double[problem.n + 1];
        double[] second = new double[problem.n + 1];
        java.util.Arrays.fill(first, 1);
        java.util.Arrays.fill(second, 1);
        for (int i = 0; i < problem.l; i++) {
            double[] counts = problem.y[i] == 0 ? first : second;
            for (Feature feature : problem.x[i]) {
                counts[feature.getIndex()] += 1;
            }
        }
        double firstTotal = java.util.Arrays.stream(first).sum();
        double secondTotal = java.util.Arrays.stream(second).sum();
        double[] ratio = new double[problem.n + 1];
        for (int f = 1; f <= problem.n; f++) {
            ratio[f] = Math.log((first[f] / firstTotal) / (second[f] / secondTotal));
        }
        ratio[1] = 1;
        return ratio;
    }

    private static List<String> labels(List<String> targets, List<String> labelOrder) {
        LinkedHashSet<String> present = new LinkedHashSet<>(targets);
        if (labelOrder == null) {
            return List.copyOf(present);
        }
        List<String> labels = new ArrayList<>();
        for (String label : labelOrder) {
            if (present.remove(label)) {
                labels.add(label);
            }
        }
        labels.addAll(present);
        return labels;
    }

    private static LinearModel toModel(Model model, List<String> labels, List<Integer> featureIds, double[] ratio) {
        double[] w = model.getFeatureWeights();
        int[] order = model.getLabels();
        int classes = labels.size();
        int columns = classes == 2 ? 1 : classes;
        float[] bias = new float[columns];
        float[] weights = new float[featureIds.size() * columns];
        // with two classes LIBLINEAR keeps one vector, for its first label; we keep it for ours
        double sign = classes == 2 && order[0] != 0 ? -1 : 1;
        for (int c = 0; c < columns; c++) {
            int liblinearColumn = classes == 2 ? 0 : indexOf(order, c);
            bias[c] = (float) (sign * w[liblinearColumn]);
            for (int f = 0; f < featureIds.size(); f++) {
                double scale = ratio == null ? 1 : ratio[f + 2];
                weights[f * columns + c] = (float) (sign * scale * w[(f + 1) * columns + liblinearColumn]);
            }
        }
        int[] ids = featureIds.stream().mapToInt(Integer::intValue).toArray();
        return new LinearModel(labels, ids, weights, bias);
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        throw new IllegalStateException("label " + value + " missing from the trained model");
    }
}
