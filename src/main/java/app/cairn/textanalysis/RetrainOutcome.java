package app.cairn.textanalysis;

import java.util.Optional;

/**
 * What a retraining did.
 *
 * @param task the task retrained
 * @param result whether a new version was trained and whether it is now used
 * @param version the new version, when one was trained (refused ones included)
 * @param message why, in words an admin reads
 */
public record RetrainOutcome(ModelTask task, Result result, Optional<ModelVersion> version, String message) {

    /** The three ways a retraining ends. */
    public enum Result {
        /** A new version measured at least as well as the one in use and replaced it. */
        ACTIVATED,
        /** A new version measured worse and was refused; the one in use stays. */
        REFUSED,
        /** Too few labels to train and measure a version; nothing changed. */
        SKIPPED
    }
}
