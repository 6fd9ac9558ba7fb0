package app.cairn.journey;

import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.StepSettings;
import java.util.List;
import java.util.Map;

/**
 * One step on the canvas.
 *
 * @param id unique within the journey
 * @param settings what the side panel sets, as stored text by name; {@link #step()} reads them as the type's
 *     record
 * @param x where it sits on the canvas
 */
public record JourneyNode(String id, NodeType type, Map<String, String> settings, double x, double y) {

    public JourneyNode {
        settings = Map.copyOf(settings);
    }

    /** The settings as the step type's record. */
    public StepSettings step() {
        return type.read(settings);
    }

    /**
     * The settings as the record the caller knows the step type has.
     *
     * @throws IllegalStateException when the step is of another type
     */
    public <S extends StepSettings> S step(Class<S> kind) {
        StepSettings step = step();
        if (!kind.isInstance(step)) {
            throw new IllegalStateException("Step " + id + " is " + type + ", not " + kind.getSimpleName());
        }
        return kind.cast(step);
    }

    /** The outputs the step leads on by. */
    public List<String> outputs() {
        return step() instanceof BranchStep.Shares shares ? shares.outputs() : type.fixedOutputs();
    }
}
