package app.cairn.textanalysis.internal;

import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.TextInsight;
import app.cairn.textanalysis.internal.model.ActiveModels;
import java.util.List;
import org.springframework.stereotype.Service;

/** The analysis with the models in use ({@link ActiveModels}), through {@link Analyser}. */
@Service
public class DefaultTextAnalysis implements TextAnalysis {

    private final Analyser analyser;

    public DefaultTextAnalysis(ActiveModels models) {
        this.analyser = new Analyser(models::classifier);
    }

    @Override
    public TextInsight analyse(String text) {
        return analyser.analyse(text);
    }

    @Override
    public List<TextInsight> analyseAll(List<String> texts) {
        return texts.parallelStream().map(analyser::analyse).toList();
    }

    @Override
    public Classification classify(String text) {
        return analyser.classify(text);
    }
}
