package app.cairn.journey;

import java.util.List;
import java.util.Set;

/**
 * What one kind of step does. The engine hands it every walk of one transaction that is at one step, so that it can
 * read and write for all of them at once; it must decide for each: go on by an output, rest, or end.
 */
interface StepHandler {

    /** The step types it handles. */
    Set<NodeType> types();

    /** Decides for each walk at the step. */
    void run(JourneyNode step, List<Walk> walks, StepBatch batch);
}
