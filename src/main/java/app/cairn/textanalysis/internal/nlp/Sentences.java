package app.cairn.textanalysis.internal.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;

/**
 * Splits a text into sentences: Chinese at its full stops, question and exclamation marks (and line breaks), any
 * other language with OpenNLP's English sentence model, which knows abbreviations and decimal points.
 */
public final class Sentences {

    private static final int MAX_SENTENCES = 50;

    private final ThreadSafeSentenceDetectorME detector;

    /** Loads the sentence model. */
    public Sentences() {
        this.detector = new ThreadSafeSentenceDetectorME(
                OpenNlpModels.<SentenceModel>load(OpenNlpModels.SENTENCES, SentenceModel::new));
    }

    /** The text's sentences, trimmed, in order (at most 50). */
    public List<String> of(String text, String language) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : text.split("\\R+")) {
            if ("zh".equals(language) || "ja".equals(language)) {
                for (String sentence : paragraph.split("(?<=[。！？!?；])")) {
                    add(sentence, sentences);
                }
            } else {
                for (String sentence : detector.sentDetect(paragraph)) {
                    add(sentence, sentences);
                }
            }
            if (sentences.size() >= MAX_SENTENCES) {
                return sentences.subList(0, MAX_SENTENCES);
            }
        }
        return sentences;
    }

    private static void add(String sentence, List<String> sentences) {
        String trimmed = sentence.strip();
        if (!trimmed.isEmpty()) {
            sentences.add(trimmed);
        }
    }
}
