package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.eval.EvalData;
import app.cairn.textanalysis.internal.eval.Evaluations;
import app.cairn.textanalysis.internal.eval.LabelledText;
import app.cairn.textanalysis.internal.eval.Scores;
import app.cairn.textanalysis.internal.model.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the starter models Cairn ships ({@code ./mvnw -Ptrain-text-models test-compile}) into
 * {@code src/main/resources/textanalysis/models/}, each with a JSON file of what it was trained on and how it
 * measured.
 *
 * <ul>
 *   <li>Sentiment: the 3,000 UCI sentences (CC BY 4.0) and Cairn's seed texts. Measured by 10-fold
 *       cross-validation on each UCI set (training on the other folds, the other two sets and the seeds), and on
 *       the 20% test split of online_shopping_10_cats, which it never saw: that corpus's licence is not stated, so
 *       no shipped model learns from it.
 *   <li>Intent: Cairn's seed texts and up to 60 Banking77 training questions per category (15 of the
 *       out-of-scope ones), relabelled as shop intents ({@link BankingIntents}). Measured on Banking77's test file relabelled the same way.
 * </ul>
 */
public final class StarterModelBuilder {

    private static final int BANKING_PER_CATEGORY = 60;
    /** Fewer of the out-of-scope questions, so that banking does not outweigh the shop intents' seed texts. */
    private static final int BANKING_PER_OTHER_CATEGORY = 15;

    private StarterModelBuilder() {}

    /** Builds both models into the source resources of the project in the working folder. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of("src/main/resources/textanalysis/models");
        EvalData data = EvalData.in(EvalData.defaultFolder());
        Files.createDirectories(out);
        PrintStream report = System.out;
        sentiment(data, out, report);
        intent(data, out, report);
    }

    private static void sentiment(EvalData data, Path out, PrintStream report) throws IOException {
        List<LabelledText> seeds = SeedTexts.of(ModelTask.SENTIMENT);
        Map<String, List<LabelledText>> uci = data.uciSets();
        List<ModelFigures.Evaluation> evaluations = new ArrayList<>();
        Scores pooled = new Scores();
        for (var set : SentimentEvaluation.uciCrossValidation(uci, seeds).entrySet()) {
            evaluations.add(set.getValue().evaluation("UCI " + set.getKey() + ", 10-fold cross-validation"));
            pooled.addAll(set.getValue());
        }
        List<LabelledText> training = new ArrayList<>(seeds);
        uci.values().forEach(training::addAll);
        LinearModel model = TaskTraining.train(ModelTask.SENTIMENT, training);
        Scores chinese = Evaluations.measure(model, data.chineseSplit().get(1), null);
        evaluations.add(chinese.evaluation("online_shopping_10_cats, 20% test split (not trained on)"));
        write(
                out,
                ModelTask.SENTIMENT,
                model,
                training.size(),
                pooled,
                evaluations,
                "UCI sentiment sentences (Amazon, IMDB, Yelp; Kotzias et al. 2015, CC BY 4.0) and Cairn's seed texts;"
                        + " VADER lexicon features (MIT)",
                report);
    }

    private static void intent(EvalData data, Path out, PrintStream report) throws IOException {
        List<LabelledText> training = new ArrayList<>(SeedTexts.of(ModelTask.INTENT));
        training.addAll(
                BankingIntents.relabel(data.banking77("train"), BANKING_PER_CATEGORY, BANKING_PER_OTHER_CATEGORY));
        LinearModel model = TaskTraining.train(ModelTask.INTENT, training);
        List<LabelledText> test = BankingIntents.relabel(data.banking77("test"), Integer.MAX_VALUE, Integer.MAX_VALUE);
        Scores scores = Evaluations.measure(model, test, "OTHER");
        int outOfScope =
                (int) test.stream().filter(t -> t.label().equals("OTHER")).count();
        List<ModelFigures.Evaluation> evaluations = List.of(
                scores.evaluation("Banking77 test file as shop intents"),
                new ModelFigures.Evaluation(
                        "Banking77 test file as shop intents: in-scope questions told right",
                        test.size() - outOfScope,
                        scores.inScopeAccuracy("OTHER"),
                        scores.macroF1()),
                new ModelFigures.Evaluation(
                        "Banking77 test file as shop intents: out-of-scope questions told as OTHER",
                        outOfScope,
                        scores.outOfScopeRecall("OTHER"),
                        scores.macroF1()));
        write(
                out,
                ModelTask.INTENT,
                model,
                training.size(),
                scores,
                evaluations,
                "Cairn's seed texts (English and Chinese) and Banking77 training questions relabelled as shop intents"
                        + " (Casanueva et al. 2020, CC BY 4.0)",
                report);
    }

    private static void write(
            Path out,
            ModelTask task,
            LinearModel model,
            int trainingTexts,
            Scores scores,
            List<ModelFigures.Evaluation> evaluations,
            String trainedOn,
            PrintStream report)
            throws IOException {
        String name = task.name().toLowerCase(java.util.Locale.ROOT);
        try (OutputStream file = Files.newOutputStream(out.resolve(name + ".model"))) {
            model.write(file);
        }
        StarterModel info =
                new StarterModel(task, trainedOn, trainingTexts, scores.total(), scores.figures(evaluations));
        Files.writeString(
                out.resolve(name + ".json"),
                StarterModel.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(info));
        report.printf("%s: %,d training texts, %,d features%n", task, trainingTexts, model.features());
        for (ModelFigures.Evaluation evaluation : evaluations) {
            report.printf(
                    "  %-80s %,6d texts  %s%n",
                    evaluation.name(), evaluation.texts(), Scores.percent(evaluation.accuracy()));
        }
    }
}
