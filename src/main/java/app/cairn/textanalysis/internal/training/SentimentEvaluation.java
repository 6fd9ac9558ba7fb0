package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.eval.EvalData;
import app.cairn.textanalysis.internal.eval.Evaluations;
import app.cairn.textanalysis.internal.eval.LabelledText;
import app.cairn.textanalysis.internal.eval.Scores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The English sentiment measurement shared by the evaluation command and the starter model's figures. */
public final class SentimentEvaluation {

    private SentimentEvaluation() {}

    /**
     * 10-fold cross-validation on each UCI set with the fixed seed; each fold's model is trained on the set's other
     * folds, the other two sets and the seed texts, as the starter model is trained on all of them.
     */
    public static Map<String, Scores> uciCrossValidation(
            Map<String, List<LabelledText>> uci, List<LabelledText> seeds) {
        Map<String, Scores> scores = new LinkedHashMap<>();
        for (var set : uci.entrySet()) {
            List<LabelledText> extra = new ArrayList<>(seeds);
            uci.forEach((name, texts) -> {
                if (!name.equals(set.getKey())) {
                    extra.addAll(texts);
                }
            });
            scores.put(
                    set.getKey(),
                    Evaluations.crossValidate(set.getValue(), 10, EvalData.SEED, extra, ModelTask.SENTIMENT.labels()));
        }
        return scores;
    }
}
