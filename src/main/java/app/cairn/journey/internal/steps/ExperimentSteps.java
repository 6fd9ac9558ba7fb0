package app.cairn.journey.internal.steps;

import app.cairn.journey.ExperimentOutcome;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.VariantResult;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.internal.engine.StepBatch;
import app.cairn.journey.internal.engine.StepHandler;
import app.cairn.journey.internal.engine.Walk;
import app.cairn.journey.step.BranchStep;
import app.cairn.shared.jdbc.BulkInsert;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Experiments: each walk gets a variant by the percentages, as a random split does, and is recorded with it; a
 * variant's customers convert when they do the experiment's goal event afterwards. Once the statistics declare a
 * winner ({@link ExperimentStatistics}) and the step says so ({@code route} = {@code yes}), new walks all go the
 * winner's way and are no longer counted in the experiment.
 */
@Component
public class ExperimentSteps implements StepHandler {

    private static final List<String> COLUMNS =
            List.of("enrolment_id", "journey_id", "node_id", "customer_id", "variant", "goal_event", "assigned_at");

    private final JdbcClient jdbc;
    private final BulkInsert bulk;

    public ExperimentSteps(JdbcClient jdbc, BulkInsert bulk) {
        this.jdbc = jdbc;
        this.bulk = bulk;
    }

    @Override
    public Set<NodeType> types() {
        return Set.of(NodeType.EXPERIMENT);
    }

    @Override
    public void run(JourneyNode step, List<Walk> walks, StepBatch batch) {
        JourneyPlan plan = walks.getFirst().plan;
        BranchStep.Experiment experiment = step.step(BranchStep.Experiment.class);
        if (experiment.route()) {
            Optional<String> winner = outcome(plan.journeyId(), step).winner();
            if (winner.isPresent()) {
                walks.forEach(w -> w.go(winner.get(), "journey.note.winner"));
                return;
            }
        }
        List<Integer> percentages = experiment.percentages();
        List<Object[]> entries = new ArrayList<>(walks.size());
        for (Walk w : walks) {
            String variant = RandomSplit.variant(w.id, step.id(), percentages);
            entries.add(
                    new Object[] {w.id, plan.journeyId(), step.id(), w.customerId, variant, experiment.goal(), batch.now
                    });
            w.go(variant);
        }
        bulk.insertNew("journey_experiment_entry", COLUMNS, entries);
    }

    /** How the experiment at the step stands: customers and conversions per variant, and the winner if any. */
    public ExperimentOutcome outcome(long journeyId, JourneyNode step) {
        Map<String, long[]> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT variant, COUNT(*), COUNT(converted_at) FROM journey_experiment_entry
                        WHERE journey_id = ? AND node_id = ? GROUP BY variant""").params(journeyId, step.id()).query(rs -> {
            counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        List<VariantResult> results = step.outputs().stream()
                .map(v -> {
                    long[] c = counts.getOrDefault(v, new long[2]);
                    return new VariantResult(v, c[0], c[1]);
                })
                .toList();
        return ExperimentStatistics.outcome(results);
    }
}
