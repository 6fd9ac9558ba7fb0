package app.cairn.textanalysis.internal.eval;

import app.cairn.textanalysis.internal.features.FeatureHasher;
import app.cairn.textanalysis.internal.features.SparseVector;
import app.cairn.textanalysis.internal.model.LinearModel;
import app.cairn.textanalysis.internal.training.TaskTraining;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Trains and measures the learner the product uses ({@link TaskTraining}) on labelled texts: by k-fold
 * cross-validation or on a held-out split, and measures a trained model on texts.
 */
public final class Evaluations {

    /** The label of out-of-scope texts in a data file. */
    public static final String OUT_OF_SCOPE = "oos";

    private Evaluations() {}

    /**
     * Pooled scores of k-fold cross-validation: each fold is predicted by a model trained on the other folds plus
     * {@code extra} texts (never texts of the fold); with {@value #OUT_OF_SCOPE} labels, as {@link #measure} says.
     */
    public static Scores crossValidate(
            List<LabelledText> texts, int folds, long seed, List<LabelledText> extra, List<String> labelOrder) {
        int[] fold = Splits.folds(texts, folds, seed);
        String outOfScope = texts.stream().anyMatch(t -> t.label().equals(OUT_OF_SCOPE)) ? OUT_OF_SCOPE : null;
        Scores pooled = new Scores();
        for (int f = 0; f < folds; f++) {
            List<LabelledText> train = new ArrayList<>(extra);
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                (fold[i] == f ? test : train).add(texts.get(i));
            }
            pooled.addAll(measure(TaskTraining.train(train, labelOrder), test, outOfScope));
        }
        return pooled;
    }

    /** Trains on {@code train} and scores {@code test}. */
    public static Scores holdOut(List<LabelledText> train, List<LabelledText> test, List<String> labelOrder) {
        boolean outOfScope = train.stream().anyMatch(t -> t.label().equals(OUT_OF_SCOPE));
        return measure(TaskTraining.train(train, labelOrder), test, outOfScope ? OUT_OF_SCOPE : null);
    }

    /**
     * Scores a model's predictions of the texts. With an out-of-scope label, a text whose best label is less likely
     * than the intent threshold is predicted out of scope, as the intent model does.
     */
    public static Scores measure(LinearModel model, List<LabelledText> texts, String outOfScope) {
        List<String> predicted = IntStream.range(0, texts.size())
                .parallel()
                .mapToObj(i -> predict(model, FeatureHasher.vector(texts.get(i).text()), outOfScope))
                .toList();
        Scores scores = new Scores();
        for (int i = 0; i < texts.size(); i++) {
            scores.add(texts.get(i).label(), predicted.get(i));
        }
        return scores;
    }

    private static String predict(LinearModel model, SparseVector vector, String outOfScope) {
        double[] p = model.probabilities(vector);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        if (outOfScope != null && p[best] < app.cairn.textanalysis.internal.model.Readings.INTENT_THRESHOLD) {
            return outOfScope;
        }
        return model.labels().get(best);
    }
}
