package app.cairn.textanalysis;

import java.util.List;

/**
 * What the analysis found in one text.
 *
 * @param language the language as an ISO 639-1 code ({@code en}, {@code zh}, {@code de}…), {@code und} when it
 *     cannot be told
 * @param sentiment the sentiment of the whole text
 * @param sentences each sentence with its own sentiment
 * @param intent what the text asks for, read as a support message
 * @param aspects what the text talks about, with the sentiment attached to each
 */
public record TextInsight(
        String language,
        SentimentScore sentiment,
        List<SentenceSentiment> sentences,
        IntentScore intent,
        List<Aspect> aspects) {}
