package app.cairn.journey.internal.steps;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.BranchStep;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentRule;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Branches that decide at once: a condition (any segment rule, tested for all walks at the step in one query) leads
 * on by {@code yes} or {@code no}; a random split by the variant its percentages give the enrolment, the same each
 * time the enrolment comes by.
 */
@Component
public class BranchSteps implements StepHandler {

    private final SegmentManagement segments;
    private final JsonMapper json;

    public BranchSteps(SegmentManagement segments, JsonMapper json) {
        this.segments = segments;
        this.json = json;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.BRANCH_CONDITION, NodeType.SPLIT_RANDOM);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        if (step.step() instanceof BranchStep.Split split) {
            walks.forEach(w -> w.go(RandomSplit.variant(w.id, step.id(), split.percentages())));
            return;
        }
        SegmentRule rule = json.readValue(step.step(BranchStep.Condition.class).rule(), SegmentRule.class);
        Set<Long> matching =
                segments.matching(rule, walks.stream().map(w -> w.customerId).toList());
        walks.forEach(w -> w.go(matching.contains(w.customerId) ? "yes" : "no"));
    }
}
