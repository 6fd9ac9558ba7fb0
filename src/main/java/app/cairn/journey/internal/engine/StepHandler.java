package app.cairn.journey.internal.engine;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import java.util.List;
import java.util.Set;

/**
 * What one kind of step does. The engine hands it every walk of one transaction that is at one step, so that it can
 * read and write for all of them at once; it must decide for each: go on by an output, rest, or end.
 */
public interface StepHandler {

    /** The step types it handles. */
    public Set<NodeType> types();

    /** Decides for each walk at the step. */
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch);
}
