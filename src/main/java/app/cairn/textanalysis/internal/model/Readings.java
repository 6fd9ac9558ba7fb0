package app.cairn.textanalysis.internal.model;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.IntentScore;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.SentimentScore;
import app.cairn.textanalysis.internal.features.SparseVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the models' probabilities as sentiments and intents.
 *
 * <p>Sentiment: the model tells positive from negative; a text it is not sure of either way (a probability between
 * {@value #NEUTRAL_LOW} and {@value #NEUTRAL_HIGH}) is neutral. Intent: the most probable intent, unless its
 * probability is under {@value #INTENT_THRESHOLD}, when the text is {@link Intent#OTHER}: an unsure guess must not
 * route a ticket.
 */
public final class Readings {

    /** Below this probability of being positive, a text is negative. */
    public static final double NEUTRAL_LOW = 0.4;
    /** At or above this probability of being positive, a text is positive. */
    public static final double NEUTRAL_HIGH = 0.6;
    /** The probability an intent needs to be told; below it the text is {@link Intent#OTHER}. */
    public static final double INTENT_THRESHOLD = 0.4;

    private Readings() {}

    /** The sentiment of a text from the sentiment model. */
    public static SentimentScore sentiment(LinearModel model, SparseVector vector) {
        if (vector.size() == 0) {
            return new SentimentScore(Sentiment.NEUTRAL, 1, 0.5);
        }
        double[] p = model.probabilities(vector);
        int positive = model.labels().indexOf(Sentiment.POSITIVE.name());
        return sentiment(p[positive]);
    }

    /** The sentiment for a probability of being positive. */
    public static SentimentScore sentiment(double positivity) {
        if (positivity >= NEUTRAL_HIGH) {
            return new SentimentScore(Sentiment.POSITIVE, positivity, positivity);
        }
        if (positivity < NEUTRAL_LOW) {
            return new SentimentScore(Sentiment.NEGATIVE, 1 - positivity, positivity);
        }
        return new SentimentScore(Sentiment.NEUTRAL, 1 - Math.abs(positivity - 0.5) * 2, positivity);
    }

    /** The intent of a text from the intent model. */
    public static IntentScore intent(LinearModel model, SparseVector vector) {
        if (vector.size() == 0) {
            return new IntentScore(Intent.OTHER, 1, List.of(new IntentScore.Ranked(Intent.OTHER, 1)));
        }
        double[] p = model.probabilities(vector);
        List<IntentScore.Ranked> ranked = new ArrayList<>(p.length);
        for (int c = 0; c < p.length; c++) {
            ranked.add(new IntentScore.Ranked(Intent.valueOf(model.labels().get(c)), p[c]));
        }
        ranked.sort(Comparator.comparingDouble(IntentScore.Ranked::probability).reversed());
        IntentScore.Ranked best = ranked.getFirst();
        Intent intent = best.probability() < INTENT_THRESHOLD ? Intent.OTHER : best.intent();
        return new IntentScore(intent, best.probability(), List.copyOf(ranked));
    }
}
