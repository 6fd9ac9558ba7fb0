package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.eval.LabelledText;
import app.cairn.textanalysis.internal.features.FeatureHasher;
import app.cairn.textanalysis.internal.features.SparseVector;
import app.cairn.textanalysis.internal.model.LinearModel;
import app.cairn.textanalysis.internal.model.LinearTrainer;
import java.util.List;

/**
 * How each task's model is trained, the same for the starter models, a shop's retraining and the evaluation command.
 *
 * <p>Two labels (sentiment): logistic regression on naive-Bayes-scaled features, its cost chosen by
 * cross-validation on the training texts. Several labels (intents): logistic regression one label against the
 * rest at cost {@value #MULTI_LABEL_COST}, chosen on a validation split of Banking77's training file (costs 1, 4, 16
 * and 64 gave 85.9, 88.3, 89.1 and 89.1%; 16 trains in half the time of 64).
 */
public final class TaskTraining {

    /** The cost for models of more than two labels. */
    public static final double MULTI_LABEL_COST = 16;

    private TaskTraining() {}

    /** A model for the labelled texts. */
    public static LinearModel train(List<LabelledText> texts, List<String> labelOrder) {
        List<SparseVector> vectors =
                texts.parallelStream().map(t -> FeatureHasher.vector(t.text())).toList();
        List<String> targets = texts.stream().map(LabelledText::label).toList();
        long labels = targets.stream().distinct().count();
        double cost = labels == 2 ? LinearTrainer.chooseCost(vectors, targets, labelOrder) : MULTI_LABEL_COST;
        return LinearTrainer.train(vectors, targets, labelOrder, LinearTrainer.Settings.logistic(cost));
    }

    /** A model of the task for the labelled texts. */
    public static LinearModel train(ModelTask task, List<LabelledText> texts) {
        return train(texts, task.labels());
    }
}
