package app.cairn.journey.internal.steps;

import app.cairn.customer.CustomerManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.internal.graph.JourneyReferences;
import app.cairn.journey.step.ActionStep;
import app.cairn.segment.SegmentLists;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Changes to the customer: a profile step adds a tag ({@code field} = {@code tag}), removes one ({@code untag}) or
 * sets a custom attribute (any other {@code field}; a blank value removes it), each kept in the profile's history as
 * changed by the journey; a segment step adds the walks' customers to a static segment or removes them from it,
 * all at once. Tags, attribute names and values were checked when the journey was published
 * ({@link JourneyReferences}), so the profile accepts them.
 */
@Component
public class ProfileSteps implements StepHandler {

    private final CustomerManagement customers;
    private final SegmentLists lists;

    public ProfileSteps(CustomerManagement customers, SegmentLists lists) {
        this.customers = customers;
        this.lists = lists;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.UPDATE_PROFILE, NodeType.SEGMENT_MEMBERSHIP);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        if (step.step() instanceof ActionStep.Membership change) {
            long segment = change.segment();
            List<Long> ids = walks.stream().map(w -> w.customerId).toList();
            if (change.removes()) {
                lists.removeMembers(segment, ids);
            } else {
                lists.addMembers(segment, ids);
            }
            walks.forEach(w -> w.go("next"));
            return;
        }
        ActionStep.UpdateProfile update = step.step(ActionStep.UpdateProfile.class);
        String field = update.field();
        String value = update.value();
        String by = "journey " + walks.getFirst().plan.journeyId();
        for (Walk w : walks) {
            switch (field) {
                case "tag" -> customers.tag(w.customerId, value, by);
                case "untag" -> customers.untag(w.customerId, value, by);
                default -> customers.setAttribute(w.customerId, field, value, by);
            }
            w.go("next");
        }
    }
}
