package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import app.cairn.textanalysis.RetrainOutcome;
import app.cairn.textanalysis.internal.eval.Evaluations;
import app.cairn.textanalysis.internal.eval.LabelledText;
import app.cairn.textanalysis.internal.eval.Scores;
import app.cairn.textanalysis.internal.model.ActiveModels;
import app.cairn.textanalysis.internal.model.LinearModel;
import app.cairn.textanalysis.internal.store.LabelStore;
import app.cairn.textanalysis.internal.store.ModelStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Retrains a task's model on the shop's labels and Cairn's seed texts, and keeps it only when it is not worse.
 *
 * <p>One label in five is held out, chosen by the text (so a text held out once is held out in every retraining
 * and no version is measured on what it learnt). The new version and the version in use are both measured on those
 * held-out labels; the new one is used when its accuracy is at least the other's, and refused (kept with its
 * figures, never used) when it is lower.
 */
@Component
public class Retraining {

    /** The fewest labels a retraining needs. */
    public static final int MIN_LABELS = 30;
    /** The fewest held-out labels a retraining needs to measure a version. */
    public static final int MIN_HELD_OUT = 6;

    private final LabelStore labels;
    private final ModelStore models;
    private final ActiveModels active;
    private final Clock clock;

    public Retraining(LabelStore labels, ModelStore models, ActiveModels active, Clock clock) {
        this.labels = labels;
        this.models = models;
        this.active = active;
        this.clock = clock;
    }

    public RetrainOutcome retrain(ModelTask task) {
        List<LabelledText> all = labels.all(task);
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        for (LabelledText text : all) {
            (isHeldOut(text.text()) ? heldOut : train).add(text);
        }
        if (all.size() < MIN_LABELS || heldOut.size() < MIN_HELD_OUT) {
            return new RetrainOutcome(
                    task,
                    RetrainOutcome.Result.SKIPPED,
                    Optional.empty(),
                    String.format(
                            Locale.ROOT,
                            "%d labels so far (%d held out to measure with); retraining needs at least %d, with %d held out",
                            all.size(),
                            heldOut.size(),
                            MIN_LABELS,
                            MIN_HELD_OUT));
        }
        List<LabelledText> training = new ArrayList<>(SeedTexts.of(task));
        training.addAll(train);
        LinearModel candidate = TaskTraining.train(task, training);
        String outOfScope = task == ModelTask.INTENT ? "OTHER" : null;
        Scores mine = Evaluations.measure(candidate, heldOut, outOfScope);
        Scores current = Evaluations.measure(active.model(task), heldOut, outOfScope);
        boolean better = mine.accuracy() >= current.accuracy();
        String note = String.format(
                Locale.ROOT,
                "%d of the shop's labels and %d seed texts; %s on %d held-out labels against %s for the version in use%s",
                train.size(),
                training.size() - train.size(),
                Scores.percent(mine.accuracy()),
                heldOut.size(),
                Scores.percent(current.accuracy()),
                better ? "" : ": refused, it is worse");
        ModelVersion version = models.add(
                task,
                new ModelStore.NewVersion(
                        ModelVersion.Origin.RETRAINED,
                        better ? ModelVersion.Status.ACTIVE : ModelVersion.Status.REFUSED,
                        training.size(),
                        heldOut.size(),
                        mine.accuracy(),
                        mine.macroF1(),
                        current.accuracy(),
                        mine.figures(List.of(
                                mine.evaluation("the shop's held-out labels"),
                                current.evaluation("the version in use, on the same labels"))),
                        note,
                        bytes(candidate)),
                clock.instant());
        if (better) {
            active.refresh();
        }
        return new RetrainOutcome(
                task,
                better ? RetrainOutcome.Result.ACTIVATED : RetrainOutcome.Result.REFUSED,
                Optional.of(version),
                note);
    }

    /** Whether the text is one of the labels held out to measure versions with: one in five, fixed by the text. */
    static boolean isHeldOut(String text) {
        return Math.floorMod(text.strip().toLowerCase(Locale.ROOT).hashCode() * 0x9E3779B9, 5) == 0;
    }

    private static byte[] bytes(LinearModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
