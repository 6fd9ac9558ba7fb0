package app.cairn.ingest;

import app.cairn.textanalysis.Aspect;
import app.cairn.textanalysis.IntentScore;
import app.cairn.textanalysis.SentenceSentiment;
import app.cairn.textanalysis.SentimentScore;
import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.TextInsight;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Text analysis for integrations: {@code POST /api/v1/text/analyse} with up to {@value #MAX_TEXTS} texts gives each
 * one's language, sentiment (whole and per sentence), intent and keywords with their sentiment. Nothing is stored.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class TextApi {

    /** The most texts one request may hold. */
    static final int MAX_TEXTS = 100;

    private static final int ALTERNATIVES = 3;

    private final TextAnalysis analysis;
    private final JsonFields fields;

    TextApi(TextAnalysis analysis, JsonFields fields) {
        this.analysis = analysis;
        this.fields = fields;
    }

    /** The texts to analyse. */
    record AnalyseRequest(List<String> texts) {}

    /** The analysis of each text, in the order sent. */
    record AnalyseAnswer(List<TextAnswer> results) {}

    /** One text's analysis. */
    record TextAnswer(
            String language,
            SentimentAnswer sentiment,
            List<SentenceAnswer> sentences,
            IntentAnswer intent,
            List<KeywordAnswer> keywords) {}

    /** A sentiment: {@code positive}, {@code neutral} (or mixed) or {@code negative}. */
    record SentimentAnswer(String label, double confidence, double positivity) {}

    /** One sentence and its sentiment. */
    record SentenceAnswer(String text, SentimentAnswer sentiment) {}

    /** The intent, and the next most likely ones. */
    record IntentAnswer(String label, double confidence, List<Alternative> alternatives) {}

    /** A less likely intent. */
    record Alternative(String label, double probability) {}

    /** A thing the text talks about, with the feeling attached. */
    record KeywordAnswer(String phrase, String sentiment) {}

    @PostMapping(path = "/text/analyse", consumes = MediaType.APPLICATION_JSON_VALUE)
    AnalyseAnswer analyse(@RequestBody JsonNode body) {
        AnalyseRequest request = fields.read(body, AnalyseRequest.class).value();
        List<String> texts = request.texts();
        List<FieldError> errors = new ArrayList<>();
        if (texts == null || texts.isEmpty()) {
            errors.add(new FieldError("texts", "required", "Send \"texts\": a list of 1 to " + MAX_TEXTS + " texts."));
        } else if (texts.size() > MAX_TEXTS) {
            errors.add(new FieldError(
                    "texts", "too-many", texts.size() + " texts sent; send at most " + MAX_TEXTS + " at once."));
        } else {
            for (int i = 0; i < texts.size(); i++) {
                if (texts.get(i) == null) {
                    errors.add(
                            new FieldError("texts[" + i + "]", "required", "Text " + i + " is null; send a string."));
                } else if (texts.get(i).length() > TextAnalysis.MAX_TEXT_LENGTH) {
                    errors.add(new FieldError(
                            "texts[" + i + "]",
                            "too-long",
                            "Text " + i + " has " + texts.get(i).length() + " characters; at most "
                                    + TextAnalysis.MAX_TEXT_LENGTH + " are analysed."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(422, "The texts cannot be analysed.", errors);
        }
        return new AnalyseAnswer(
                analysis.analyseAll(texts).stream().map(TextApi::answer).toList());
    }

    private static TextAnswer answer(TextInsight insight) {
        IntentScore intent = insight.intent();
        return new TextAnswer(
                insight.language(),
                sentiment(insight.sentiment()),
                insight.sentences().stream()
                        .map((SentenceSentiment s) -> new SentenceAnswer(s.text(), sentiment(s.sentiment())))
                        .toList(),
                new IntentAnswer(
                        lower(intent.intent()),
                        intent.confidence(),
                        intent.ranked().stream()
                                .filter(r -> r.intent() != intent.intent())
                                .limit(ALTERNATIVES)
                                .map(r -> new Alternative(lower(r.intent()), r.probability()))
                                .toList()),
                insight.aspects().stream()
                        .map((Aspect a) -> new KeywordAnswer(a.phrase(), lower(a.sentiment())))
                        .toList());
    }

    private static SentimentAnswer sentiment(SentimentScore score) {
        return new SentimentAnswer(lower(score.sentiment()), score.confidence(), score.positivity());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
