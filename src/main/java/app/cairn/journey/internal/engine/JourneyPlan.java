package app.cairn.journey.internal.engine;

import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.GoalStep;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A published version made ready for the engine: its steps and connections looked up by id. */
public final class JourneyPlan {

    private final long journeyId;
    private final long versionId;
    private final JourneyGraph graph;
    private final Map<String, JourneyNode> nodes = new HashMap<>();
    private final Map<String, String> next = new HashMap<>();

    public JourneyPlan(long journeyId, long versionId, JourneyGraph graph) {
        this.journeyId = journeyId;
        this.versionId = versionId;
        this.graph = graph;
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        graph.edges().forEach(e -> next.put(e.from() + '\n' + e.output(), e.to()));
    }

    public long journeyId() {
        return journeyId;
    }

    public long versionId() {
        return versionId;
    }

    public JourneyGraph graph() {
        return graph;
    }

    public JourneySettings settings() {
        return graph.settings();
    }

    /** The entry step (a published version has exactly one). */
    public JourneyNode entry() {
        return graph.entries().getFirst();
    }

    public JourneyNode node(String id) {
        JourneyNode node = nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("Version " + versionId + " has no step " + id);
        }
        return node;
    }

    /** The step the output leads to; empty when it leads nowhere (the journey ends there). */
    public Optional<String> next(String from, String output) {
        return Optional.ofNullable(next.get(from + '\n' + output));
    }

    /** The goal step that the event reaches, if the journey has one. */
    public Optional<JourneyNode> goalFor(String event) {
        return graph.nodes().stream()
                .filter(n -> n.step() instanceof GoalStep goal && event.equals(goal.event()))
                .findFirst();
    }

    /** The segment whose entries enrol customers, for a segment entry. */
    public Optional<Long> entrySegment() {
        return entry().step() instanceof EntryStep.OnSegment entry
                ? Optional.ofNullable(entry.segment())
                : Optional.empty();
    }
}
