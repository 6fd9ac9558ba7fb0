package app.cairn.textanalysis.internal;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.ModelFigures;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import app.cairn.textanalysis.RetrainOutcome;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.TextModels;
import app.cairn.textanalysis.internal.model.ActiveModels;
import app.cairn.textanalysis.internal.store.LabelStore;
import app.cairn.textanalysis.internal.store.ModelStore;
import app.cairn.textanalysis.internal.training.Retraining;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The models' versions and labels, over {@link ModelStore}, {@link LabelStore} and {@link Retraining}. */
@Service
public class ModelManagement implements TextModels {

    private static final Logger LOG = LoggerFactory.getLogger(ModelManagement.class);

    private final ModelStore models;
    private final LabelStore labels;
    private final ActiveModels active;
    private final Retraining retraining;
    private final Clock clock;

    public ModelManagement(
            ModelStore models, LabelStore labels, ActiveModels active, Retraining retraining, Clock clock) {
        this.models = models;
        this.labels = labels;
        this.active = active;
        this.retraining = retraining;
        this.clock = clock;
    }

    @Override
    public List<ModelVersion> versions(ModelTask task) {
        active.classifier(); // installs the starter versions on first use
        return models.versions(task);
    }

    @Override
    public ModelVersion active(ModelTask task) {
        active.classifier();
        return models.active(task).orElseThrow();
    }

    @Override
    public Optional<ModelFigures> figures(long versionId) {
        return models.figures(versionId);
    }

    @Override
    public ModelVersion activate(long versionId, String actor) {
        ModelVersion version = models.find(versionId)
                .orElseThrow(() -> new IllegalArgumentException("There is no model version " + versionId + "."));
        if (!models.activate(versionId)) {
            throw new IllegalArgumentException("Version " + version.version() + " of the " + version.task()
                    + " model was refused when it was trained (it measured worse) and cannot be used.");
        }
        active.refresh();
        LOG.info("{} switched the {} model to version {}", actor, version.task(), version.version());
        return models.find(versionId).orElseThrow();
    }

    @Override
    public RetrainOutcome retrain(ModelTask task) {
        return retraining.retrain(task);
    }

    @Override
    public void labelIntent(String text, Intent intent, String reference) {
        requireText(text);
        labels.put(ModelTask.INTENT, text, intent.name(), "AGENT", reference, clock.instant());
    }

    @Override
    public void labelSentiment(String text, Sentiment sentiment, String reference) {
        requireText(text);
        if (sentiment == Sentiment.NEUTRAL) {
            throw new IllegalArgumentException(
                    "A sentiment label must be POSITIVE or NEGATIVE (the model learns those two), not NEUTRAL.");
        }
        labels.put(ModelTask.SENTIMENT, text, sentiment.name(), "AUTHOR", reference, clock.instant());
    }

    @Override
    public long labelCount(ModelTask task) {
        return labels.count(task);
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A label needs a text; the text is empty.");
        }
    }
}
