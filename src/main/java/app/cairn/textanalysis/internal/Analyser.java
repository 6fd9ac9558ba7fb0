package app.cairn.textanalysis.internal;

import app.cairn.textanalysis.Aspect;
import app.cairn.textanalysis.SentenceSentiment;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.SentimentScore;
import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.TextInsight;
import app.cairn.textanalysis.internal.features.FeatureHasher;
import app.cairn.textanalysis.internal.model.Classifier;
import app.cairn.textanalysis.internal.model.Readings;
import app.cairn.textanalysis.internal.nlp.LanguageDetection;
import app.cairn.textanalysis.internal.nlp.Phrases;
import app.cairn.textanalysis.internal.nlp.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.util.function.SingletonSupplier;

/**
 * The analysis of one text with the classifier it is given. OpenNLP's models (about 12 MB) are loaded on first use.
 *
 * <p>Aspects take the sentiment of their clause (a sentence is cut at commas and at "but", 但是…), so "the delivery
 * was slow but the quality is great" gives a negative delivery and a positive quality.
 *
 * <p>A text whose sentences pull clearly both ways (one at least {@value #MIXED}-sure positive, another as sure
 * negative) is neutral-or-mixed as a whole, whatever the model makes of it all together.
 */
public final class Analyser {

    static final double MIXED = 0.75;
    private static final int MAX_ASPECTS = 12;
    /** Where a sentence turns: the feeling about what comes after may differ from what came before. */
    private static final java.util.regex.Pattern CLAUSE = java.util.regex.Pattern.compile(
            "[,;，；]|(?i)\\b(?:but|however|although|though|whereas)\\b|但是|不过|可是|但",
            java.util.regex.Pattern.UNICODE_CHARACTER_CLASS);

    private static final Set<String> ASPECT_LANGUAGES = Set.of("en", "zh");

    private final Supplier<Classifier> models;
    private final SingletonSupplier<LanguageDetection> languages = SingletonSupplier.of(LanguageDetection::new);
    private final SingletonSupplier<Sentences> sentences = SingletonSupplier.of(Sentences::new);
    private final SingletonSupplier<Phrases> phrases = SingletonSupplier.of(Phrases::new);

    /** An analyser reading with whatever classifier {@code models} gives at each call. */
    public Analyser(Supplier<Classifier> models) {
        this.models = models;
    }

    /** See {@link TextAnalysis#analyse}. */
    public TextInsight analyse(String text) {
        String cut = cut(text);
        Classifier classifier = models.get();
        String language = languages.obtain().languageOf(cut);
        TextAnalysis.Classification whole = classifier.classify(cut);
        List<String> parts = cut.isBlank() ? List.of() : sentences.obtain().of(cut, language);
        List<SentenceSentiment> each = new ArrayList<>();
        if (parts.size() <= 1) {
            parts.forEach(sentence -> each.add(new SentenceSentiment(sentence, whole.sentiment())));
        } else {
            for (String sentence : parts) {
                each.add(new SentenceSentiment(
                        sentence, Readings.sentiment(classifier.sentiment(), FeatureHasher.vector(sentence))));
            }
        }
        return new TextInsight(language, mixed(whole.sentiment(), each), each, whole.intent(), aspects(each, language));
    }

    /** See {@link TextAnalysis#classify}. */
    public TextAnalysis.Classification classify(String text) {
        return models.get().classify(cut(text));
    }

    private static SentimentScore mixed(SentimentScore whole, List<SentenceSentiment> sentences) {
        double positive = 0;
        double negative = 0;
        for (SentenceSentiment sentence : sentences) {
            SentimentScore score = sentence.sentiment();
            if (score.sentiment() == Sentiment.POSITIVE) {
                positive = Math.max(positive, score.confidence());
            } else if (score.sentiment() == Sentiment.NEGATIVE) {
                negative = Math.max(negative, score.confidence());
            }
        }
        if (positive >= MIXED && negative >= MIXED) {
            return new SentimentScore(Sentiment.NEUTRAL, Math.min(positive, negative), whole.positivity());
        }
        return whole;
    }

    private List<Aspect> aspects(List<SentenceSentiment> sentences, String language) {
        if (!ASPECT_LANGUAGES.contains(language)) {
            return List.of();
        }
        Map<String, Aspect> aspects = new LinkedHashMap<>();
        Classifier classifier = models.get();
        for (SentenceSentiment sentence : sentences) {
            List<String> clauses = List.of(CLAUSE.split(sentence.text()));
            for (String clause : clauses) {
                List<String> found = phrases.obtain().of(clause, language);
                if (found.isEmpty()) {
                    continue;
                }
                Sentiment feeling = clauses.size() == 1
                        ? sentence.sentiment().sentiment()
                        : Readings.sentiment(classifier.sentiment(), FeatureHasher.vector(clause))
                                .sentiment();
                for (String phrase : found) {
                    aspects.putIfAbsent(phrase, new Aspect(phrase, feeling));
                    if (aspects.size() == MAX_ASPECTS) {
                        return List.copyOf(aspects.values());
                    }
                }
            }
        }
        return List.copyOf(aspects.values());
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > TextAnalysis.MAX_TEXT_LENGTH ? text.substring(0, TextAnalysis.MAX_TEXT_LENGTH) : text;
    }
}
