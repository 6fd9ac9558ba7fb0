package app.cairn.textanalysis.internal.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the learner on anyone's labelled texts: a JSON Lines file of {@code {"text": …, "label": …}}, with a
 * second file to test on, k folds, or a stratified hold-out share. When some labels are {@code oos}, it also prints
 * the accuracy on in-scope texts and the recall of out-of-scope ones (a text whose best label is under the intent
 * threshold counts as out of scope).
 */
public final class FileEvaluation {

    private FileEvaluation() {}

    /**
     * How to split the file.
     *
     * @param test a file to test on, or null
     * @param folds folds of cross-validation when there is no test file and this is above 1
     * @param share the share held out when there is neither
     */
    public record Split(Path test, int folds, double share) {}

    /** Runs the measurement and prints it. */
    public static Scores run(Path file, Split split, PrintStream out) throws IOException {
        List<LabelledText> texts = DataFiles.jsonLines(file);
        if (texts.isEmpty()) {
            throw new IllegalArgumentException(file + " has no labelled texts");
        }
        Scores scores;
        String how;
        if (split.test() != null) {
            scores = Evaluations.holdOut(texts, DataFiles.jsonLines(split.test()), null);
            how = "trained on " + file.getFileName() + ", tested on "
                    + split.test().getFileName();
        } else if (split.folds() > 1) {
            scores = Evaluations.crossValidate(texts, split.folds(), EvalData.SEED, List.of(), null);
            how = split.folds() + "-fold cross-validation";
        } else {
            boolean[] held = Splits.holdOut(texts, split.share(), EvalData.SEED);
            List<LabelledText> train = new ArrayList<>();
            List<LabelledText> test = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                (held[i] ? test : train).add(texts.get(i));
            }
            scores = Evaluations.holdOut(train, test, null);
            how = "stratified hold-out of " + Math.round(split.share() * 100) + "%";
        }
        SharedDataEvaluation.print(out, file.getFileName() + " (" + how + ")", scores);
        for (Scores.LabelFigures label : scores.perLabel()) {
            out.printf(
                    "  %-30s %,6d  precision %.3f  recall %.3f  F1 %.3f%n",
                    label.label(), label.support(), label.precision(), label.recall(), label.f1());
        }
        if (scores.labels().contains(Evaluations.OUT_OF_SCOPE)) {
            out.printf(
                    "  in-scope accuracy %s, out-of-scope recall %s%n",
                    Scores.percent(scores.inScopeAccuracy(Evaluations.OUT_OF_SCOPE)),
                    Scores.percent(scores.outOfScopeRecall(Evaluations.OUT_OF_SCOPE)));
        }
        return scores;
    }
}
