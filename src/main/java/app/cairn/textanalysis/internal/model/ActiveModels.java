package app.cairn.textanalysis.internal.model;

import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import app.cairn.textanalysis.internal.store.ModelStore;
import app.cairn.textanalysis.internal.training.StarterModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The model versions in use, held in memory. The first use installs the starter models as version 1 of each task
 * when the database has none; after that the active versions are looked up at most every
 * {@value #CHECK_SECONDS} seconds (a cheap query), so a version switched on one node is used by every node within
 * that time.
 */
@Component
public class ActiveModels {

    static final int CHECK_SECONDS = 30;
    private static final long UNKNOWN = -1;

    private final ModelStore store;
    private final Clock clock;
    private final Map<ModelTask, Loaded> loaded = new EnumMap<>(ModelTask.class);
    private volatile Classifier classifier;
    private volatile long checkedAt = Long.MIN_VALUE;

    private record Loaded(long id, LinearModel model) {}

    public ActiveModels(ModelStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Installs the starter models on an empty database, and loads the models in use, as the app starts. */
    @EventListener(ApplicationReadyEvent.class)
    public void onStart() {
        refresh();
    }

    /** The sentiment and intent models in use. */
    public Classifier classifier() {
        if (System.nanoTime() - checkedAt > CHECK_SECONDS * 1_000_000_000L || classifier == null) {
            refresh();
        }
        return classifier;
    }

    /** The task's model in use. */
    public LinearModel model(ModelTask task) {
        Classifier current = classifier();
        return task == ModelTask.SENTIMENT ? current.sentiment() : current.intent();
    }

    /** Reads which versions are active now and loads any that changed. */
    public synchronized void refresh() {
        for (ModelTask task : ModelTask.values()) {
            Optional<Long> id = store.activeId(task);
            Loaded current = loaded.get(task);
            if (id.isEmpty()) {
                // stored in a transaction of its own, which a caller's transaction may not see yet: the starter's
                // weights are read from the product, and its id on a later look
                loaded.put(task, new Loaded(installStarter(task), StarterModel.model(task)));
            } else if (current == null || current.id() != id.get()) {
                loaded.put(task, new Loaded(id.get(), read(store.weights(id.get()))));
            }
        }
        classifier = new Classifier(
                loaded.get(ModelTask.SENTIMENT).model(),
                loaded.get(ModelTask.INTENT).model());
        checkedAt = System.nanoTime();
    }

    private long installStarter(ModelTask task) {
        StarterModel starter = StarterModel.of(task);
        var figures = starter.figures();
        int right = 0;
        int all = 0;
        for (int r = 0; r < figures.confusion().size(); r++) {
            for (int c = 0; c < figures.confusion().get(r).size(); c++) {
                all += figures.confusion().get(r).get(c);
                right += r == c ? figures.confusion().get(r).get(c) : 0;
            }
        }
        double macroF1 =
                figures.labels().stream().mapToDouble(l -> l.f1()).average().orElse(0);
        try {
            return store.add(
                            task,
                            new ModelStore.NewVersion(
                                    ModelVersion.Origin.STARTER,
                                    ModelVersion.Status.ACTIVE,
                                    starter.trainingTexts(),
                                    starter.testTexts(),
                                    all == 0 ? null : (double) right / all,
                                    macroF1,
                                    null,
                                    figures,
                                    starter.trainedOn(),
                                    StarterModel.weights(task)),
                            clock.instant())
                    .id();
        } catch (DuplicateKeyException e) {
            return UNKNOWN; // another node installed it first; its id is read on the next look
        }
    }

    private static LinearModel read(byte[] weights) {
        try {
            return LinearModel.read(new ByteArrayInputStream(weights));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored text model could not be read", e);
        }
    }
}
