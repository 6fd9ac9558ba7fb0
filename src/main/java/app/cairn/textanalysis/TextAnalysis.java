package app.cairn.textanalysis;

import java.util.List;

/**
 * Analyses text with the models in use. Thread-safe; nothing is written anywhere, so it can be called from any
 * request or event handler.
 */
public interface TextAnalysis {

    /** The most text analysed at once; longer texts are read up to their first {@value} characters. */
    int MAX_TEXT_LENGTH = 20_000;

    /** Language, sentiment per text and sentence, intent and aspects of one text. */
    TextInsight analyse(String text);

    /** {@link #analyse} for each text, in order, spread over the machine's cores. */
    List<TextInsight> analyseAll(List<String> texts);

    /** Only the sentiment and intent of a text: the quick path for bulk work. */
    Classification classify(String text);

    /**
     * The sentiment and intent of a text.
     *
     * @param sentiment its sentiment
     * @param intent its intent
     */
    record Classification(SentimentScore sentiment, IntentScore intent) {}
}
