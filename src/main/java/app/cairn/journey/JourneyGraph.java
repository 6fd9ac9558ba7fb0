package app.cairn.journey;

import java.util.List;
import java.util.Map;

/**
 * A journey as drawn: its steps, the connections between them and its settings.
 *
 * @param settings {@link JourneySettings#DEFAULT} when null
 */
public record JourneyGraph(List<JourneyNode> nodes, List<JourneyEdge> edges, JourneySettings settings) {

    public JourneyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        settings = settings == null ? JourneySettings.DEFAULT : settings;
    }

    /** A graph with the default settings. */
    public JourneyGraph(List<JourneyNode> nodes, List<JourneyEdge> edges) {
        this(nodes, edges, JourneySettings.DEFAULT);
    }

    /** The same steps and connections with other settings. */
    public JourneyGraph withSettings(JourneySettings changed) {
        return new JourneyGraph(nodes, edges, changed);
    }

    /** The same graph with one step's settings replaced. */
    public JourneyGraph withNodeSettings(String nodeId, Map<String, String> changed) {
        return new JourneyGraph(
                nodes.stream()
                        .map(n -> n.id().equals(nodeId) ? new JourneyNode(n.id(), n.type(), changed, n.x(), n.y()) : n)
                        .toList(),
                edges,
                settings);
    }

    /** The same graph without the step and its connections. */
    public JourneyGraph without(String nodeId) {
        return new JourneyGraph(
                nodes.stream().filter(n -> !n.id().equals(nodeId)).toList(),
                edges.stream()
                        .filter(e -> !e.from().equals(nodeId) && !e.to().equals(nodeId))
                        .toList(),
                settings);
    }

    /** The entry steps. */
    public List<JourneyNode> entries() {
        return nodes.stream()
                .filter(n -> n.type().kind() == NodeType.Kind.ENTRY)
                .toList();
    }
}
