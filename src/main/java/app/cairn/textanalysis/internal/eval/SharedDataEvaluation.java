package app.cairn.textanalysis.internal.eval;

import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.Analyser;
import app.cairn.textanalysis.internal.model.Classifier;
import app.cairn.textanalysis.internal.training.SeedTexts;
import app.cairn.textanalysis.internal.training.SentimentEvaluation;
import app.cairn.textanalysis.internal.training.StarterModel;
import app.cairn.textanalysis.internal.training.TaskTraining;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The evaluation on the real data sets, with fixed folds and seeds: the learner's accuracy on each (the figures to
 * compare with published ones), the shipped starter models' figures, the throughput of sentiment and intent
 * together, and the time to train on 60,000 texts.
 */
public final class SharedDataEvaluation {

    /**
     * The figures printed.
     *
     * @param accuracy the accuracy on each data set
     * @param textsPerSecond sentiment and intent of short texts per second, on every core
     * @param trainingSeconds seconds to train the sentiment model on all of online_shopping_10_cats (62,774 texts)
     */
    public record Figures(Accuracy accuracy, double textsPerSecond, double trainingSeconds) {}

    private SharedDataEvaluation() {}

    /** Runs every measurement and prints it. */
    public static Figures run(EvalData data, PrintStream out) throws IOException {
        Accuracy accuracy = accuracy(data, out);
        double perSecond = throughput(data.uciSets(), data.banking77("test"));
        out.printf(
                "Throughput, sentiment + intent of short texts on %d cores: %,.0f texts/s (goal >= 20,000)%n",
                Runtime.getRuntime().availableProcessors(), perSecond);
        out.printf(
                "Throughput, the full analysis (language, sentences and their sentiment, intent, aspects) of the same"
                        + " texts: %,.0f texts/s%n",
                fullAnalysis(data.uciSets(), data.banking77("test")));
        List<LabelledText> all = data.chinese();
        long started = System.nanoTime();
        TaskTraining.train(ModelTask.SENTIMENT, all);
        double trainingSeconds = (System.nanoTime() - started) / 1e9;
        out.printf(
                "Training the sentiment model on %,d texts: %.1f s (goal <= 60 s for 60k)%n",
                all.size(), trainingSeconds);
        return new Figures(accuracy, perSecond, trainingSeconds);
    }

    /**
     * The accuracy figures.
     *
     * @param uci accuracy of each UCI set (amazon, imdb, yelp) by 10-fold cross-validation
     * @param chinese accuracy on online_shopping_10_cats's stratified 20% test split
     * @param banking77 accuracy on Banking77's test file (77 intents)
     */
    public record Accuracy(Map<String, Double> uci, double chinese, double banking77) {}

    /** Measures and prints the accuracy on each data set and the starter models' figures. */
    public static Accuracy accuracy(EvalData data, PrintStream out) throws IOException {
        out.println(
                "Text analysis on real data (fixed seed " + EvalData.SEED + "); learner: "
                        + "hashed word, word-pair and character n-gram features, VADER lexicon features, LIBLINEAR logistic regression");
        Map<String, List<LabelledText>> uci = data.uciSets();
        Map<String, Scores> english = SentimentEvaluation.uciCrossValidation(uci, SeedTexts.of(ModelTask.SENTIMENT));
        Map<String, Double> uciAccuracy = new java.util.LinkedHashMap<>();
        english.forEach((name, scores) -> {
            print(out, "UCI sentiment sentences, " + name + " (10-fold CV; goal >= 88%)", scores);
            uciAccuracy.put(name, scores.accuracy());
        });

        List<List<LabelledText>> split = data.chineseSplit();
        Scores chinese = Evaluations.holdOut(split.get(0), split.get(1), ModelTask.SENTIMENT.labels());
        print(out, "online_shopping_10_cats (stratified 80/20; goal >= 92%)", chinese);

        long started = System.nanoTime();
        Scores banking = Evaluations.holdOut(data.banking77("train"), data.banking77("test"), null);
        double bankingSeconds = (System.nanoTime() - started) / 1e9;
        print(out, "Banking77, 77 intents (train/test files; goal >= 90%)", banking);
        out.printf("  trained on %,d texts in %.1f s%n", data.banking77("train").size(), bankingSeconds);

        out.println("Starter models shipped with Cairn (their own figures, measured when they were built):");
        for (ModelTask task : ModelTask.values()) {
            StarterModel starter = StarterModel.of(task);
            for (ModelFigures.Evaluation evaluation : starter.figures().evaluations()) {
                out.printf(
                        "  %-9s %-78s %,6d texts  %s%n",
                        task, evaluation.name(), evaluation.texts(), Scores.percent(evaluation.accuracy()));
            }
        }

        return new Accuracy(uciAccuracy, chinese.accuracy(), banking.accuracy());
    }

    private static double throughput(Map<String, List<LabelledText>> uci, List<LabelledText> questions) {
        List<String> texts = new ArrayList<>();
        uci.values().forEach(set -> set.forEach(t -> texts.add(t.text())));
        questions.forEach(t -> texts.add(t.text()));
        Classifier classifier =
                new Classifier(StarterModel.model(ModelTask.SENTIMENT), StarterModel.model(ModelTask.INTENT));
        AtomicLong sink = new AtomicLong();
        Runnable round = () -> texts.parallelStream()
                .forEach(text -> sink.addAndGet(
                        classifier.classify(text).intent().intent().ordinal()));
        for (int i = 0; i < 5; i++) {
            round.run(); // warm-up: the JIT compiles the hot path
        }
        int rounds = 20;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            round.run();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return texts.size() * rounds / seconds;
    }

    private static double fullAnalysis(Map<String, List<LabelledText>> uci, List<LabelledText> questions) {
        List<String> texts = new ArrayList<>();
        uci.values().forEach(set -> set.forEach(t -> texts.add(t.text())));
        questions.forEach(t -> texts.add(t.text()));
        Classifier classifier =
                new Classifier(StarterModel.model(ModelTask.SENTIMENT), StarterModel.model(ModelTask.INTENT));
        Analyser analyser = new Analyser(() -> classifier);
        AtomicLong sink = new AtomicLong();
        Runnable round = () -> texts.parallelStream()
                .forEach(text -> sink.addAndGet(analyser.analyse(text).aspects().size()));
        round.run(); // warm-up; loads OpenNLP's models
        int rounds = 3;
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            round.run();
        }
        return texts.size() * rounds / ((System.nanoTime() - started) / 1e9);
    }

    static void print(PrintStream out, String name, Scores scores) {
        out.printf(
                "%-70s %,6d texts  accuracy %s  macro-F1 %.3f%n",
                name, scores.total(), Scores.percent(scores.accuracy()), scores.macroF1());
    }
}
