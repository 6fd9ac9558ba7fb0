package app.cairn.journey;

import java.util.ArrayList;
import java.util.List;

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

    /** The entry steps. */
    public List<JourneyNode> entries() {
        return nodes.stream()
                .filter(n -> n.type().kind() == NodeType.Kind.ENTRY)
                .toList();
    }

    /** The whole-number percentages of a split, such as {@code 50,30,20}; empty when unreadable. */
    static List<Integer> percentages(String text) {
        List<Integer> values = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String part : text.split(",")) {
            try {
                values.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException notANumber) {
                return List.of();
            }
        }
        return values;
    }
}
