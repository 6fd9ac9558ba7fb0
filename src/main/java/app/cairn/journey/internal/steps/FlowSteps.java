package app.cairn.journey.internal.steps;

import app.cairn.journey.EndReason;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Entries lead on at once (the customer entered already); exits end the journey. */
@Component
public class FlowSteps implements StepHandler {

    @Override
    public Set<NodeType> types() {
        return Set.of(
                NodeType.ENTRY_SEGMENT,
                NodeType.ENTRY_EVENT,
                NodeType.ENTRY_DATE,
                NodeType.ENTRY_MANUAL,
                NodeType.EXIT);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        for (Walk w : walks) {
            if (step.type() == NodeType.EXIT) {
                w.end(EndReason.EXITED);
            } else {
                w.go("next");
            }
        }
    }
}
