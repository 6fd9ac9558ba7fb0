package app.cairn.textanalysis;

/**
 * One sentence of a text with its own sentiment.
 *
 * @param text the sentence as written
 * @param sentiment its sentiment
 */
public record SentenceSentiment(String text, SentimentScore sentiment) {}
