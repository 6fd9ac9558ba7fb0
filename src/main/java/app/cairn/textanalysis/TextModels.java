package app.cairn.textanalysis;

import java.util.List;
import java.util.Optional;

/**
 * The models' versions and the labels they learn from. Labels come from people: an agent correcting a ticket's
 * intent, a customer's star rating on a review. Retraining (on a schedule, or by an admin) measures a new version
 * on held-out labels against the version in use, and refuses it when it is worse.
 */
public interface TextModels {

    /** Every version of the task's model, newest first. */
    List<ModelVersion> versions(ModelTask task);

    /** The version in use for the task. */
    ModelVersion active(ModelTask task);

    /** The label-by-label figures and confusion matrix of a version. */
    Optional<ModelFigures> figures(long versionId);

    /**
     * Uses the given version (an earlier one, to switch back) instead of the task's active one.
     *
     * @throws IllegalArgumentException when there is no such version, or it was refused
     */
    ModelVersion activate(long versionId, String actor);

    /** Trains a new version of the task's model on the labels so far and uses it unless it measures worse. */
    RetrainOutcome retrain(ModelTask task);

    /**
     * Records that an agent gave this text this intent (a correction); a later label for the same text replaces it.
     *
     * @param reference where the label comes from, e.g. {@code ticket-message:123}
     */
    void labelIntent(String text, Intent intent, String reference);

    /** Records a text's sentiment as told by its author, e.g. a review's stars ({@code 1-2} negative, {@code 4-5} positive). */
    void labelSentiment(String text, Sentiment sentiment, String reference);

    /** How many labels the task has. */
    long labelCount(ModelTask task);
}
