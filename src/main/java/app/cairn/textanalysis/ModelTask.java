package app.cairn.textanalysis;

import java.util.Arrays;
import java.util.List;

/** What a model tells. */
public enum ModelTask {
    /** Positive or negative (neutral and mixed are told from its confidence). */
    SENTIMENT(List.of(Sentiment.POSITIVE.name(), Sentiment.NEGATIVE.name())),
    /** The intent of a support message. */
    INTENT(Arrays.stream(Intent.values()).map(Intent::name).toList());

    private final List<String> labels;

    ModelTask(List<String> labels) {
        this.labels = labels;
    }

    /** The labels a model of this task chooses from. */
    public List<String> labels() {
        return labels;
    }

    /** The key of its name in the UI's message bundles. */
    public String messageKey() {
        return "textmodel.task." + name();
    }
}
