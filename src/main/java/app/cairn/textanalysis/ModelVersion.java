package app.cairn.textanalysis;

import java.time.Instant;

/**
 * One version of a model, with the figures it was judged by.
 *
 * @param id its id
 * @param task what it tells
 * @param version its number within the task, from 1
 * @param origin shipped with Cairn or retrained on the shop's labels
 * @param status in use, kept for switching back, or refused
 * @param createdAt when it was trained
 * @param trainingTexts how many texts it was trained on
 * @param testTexts how many held-out texts it was measured on
 * @param accuracy its share right on those texts; {@code null} when it had none to be measured on
 * @param macroF1 its macro-averaged F1 on them; {@code null} likewise
 * @param comparedWith the accuracy of the model in use on the same texts when this one was trained, if there was one
 * @param note what it was trained on, or why it was refused
 */
public record ModelVersion(
        long id,
        ModelTask task,
        int version,
        Origin origin,
        Status status,
        Instant createdAt,
        int trainingTexts,
        int testTexts,
        Double accuracy,
        Double macroF1,
        Double comparedWith,
        String note) {

    /** Where a version comes from. */
    public enum Origin {
        /** Shipped with Cairn. */
        STARTER,
        /** Trained on the shop's own labels (and Cairn's seed texts). */
        RETRAINED
    }

    /** Whether a version is used. */
    public enum Status {
        /** The version analysing text now; one per task. */
        ACTIVE,
        /** An earlier version, kept so an admin can switch back to it. */
        KEPT,
        /** A retrained version that measured worse than the one in use, kept for its figures only. */
        REFUSED
    }
}
