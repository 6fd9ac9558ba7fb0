package app.cairn.textanalysis.internal.model;

import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.internal.features.FeatureHasher;
import app.cairn.textanalysis.internal.features.SparseVector;

/**
 * Sentiment and intent of a text from one pass of feature extraction: the quick path that bulk work and the
 * throughput figure go through.
 *
 * @param sentiment the sentiment model
 * @param intent the intent model
 */
public record Classifier(LinearModel sentiment, LinearModel intent) {

    /** The text's sentiment and intent. */
    public TextAnalysis.Classification classify(String text) {
        return classify(FeatureHasher.vector(text));
    }

    /** The sentiment and intent of a text's features. */
    public TextAnalysis.Classification classify(SparseVector vector) {
        return new TextAnalysis.Classification(Readings.sentiment(sentiment, vector), Readings.intent(intent, vector));
    }
}
