package app.cairn.journey.internal.steps;

import app.cairn.journey.EndReason;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.GoalStep;
import app.cairn.journey.step.WaitLength;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Goals. The goal's event (an order, say) marks every enrolment of the customer whose journey has the goal, when
 * it happens after the entry. A walk at the goal step converts if its goal was met (the count and the revenue go to
 * the step); otherwise it waits for the event for the step's {@code within}, if it has one, and goes on unconverted
 * after that. A goal with {@code exit} = {@code yes} also draws a customer who meets it from wherever they are in
 * the journey, and ends the journey there.
 */
@Component
public class GoalSteps implements StepHandler {

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.GOAL);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        GoalStep goal = step.step(GoalStep.class);
        boolean exit = goal.exit();
        WaitLength within = goal.within();
        for (Walk w : walks) {
            if (w.convertedAt == null && step.id().equals(w.goalNode)) {
                w.convertedAt = batch.now;
                batch.count(w, step.id(), "converted");
                batch.countRevenue(w, step.id(), w.goalRevenue);
                if (exit) {
                    w.end(EndReason.GOAL);
                } else {
                    w.go("next", "journey.note.converted");
                }
            } else if (!w.waiting() && within != null && w.convertedAt == null) {
                w.rest(within.after(batch.now, batch.zone(w.customerId)), goal.event());
            } else if (w.waiting() && w.deadline.isAfter(batch.now)) {
                w.rest(w.deadline, goal.event());
            } else {
                w.go("next", w.convertedAt == null ? "journey.note.not-converted" : null);
            }
        }
    }
}
