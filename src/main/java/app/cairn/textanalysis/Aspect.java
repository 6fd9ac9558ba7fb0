package app.cairn.textanalysis;

/**
 * Something a text talks about (a noun phrase such as "delivery", "battery life" or 质量) with the sentiment of the
 * sentence it is in.
 *
 * @param phrase the phrase, lower-cased
 * @param sentiment how the text feels about it
 */
public record Aspect(String phrase, Sentiment sentiment) {}
