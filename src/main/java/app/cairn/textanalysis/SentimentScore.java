package app.cairn.textanalysis;

/**
 * The sentiment of a text or sentence.
 *
 * @param sentiment positive, neutral-or-mixed, or negative
 * @param confidence how sure the model is of that sentiment, from 0 to 1
 * @param positivity the model's probability that the text is positive, from 0 to 1 (for trends and averages)
 */
public record SentimentScore(Sentiment sentiment, double confidence, double positivity) {}
