package app.cairn.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A journey as drawn: its steps and the connections between them. */
public record JourneyGraph(List<JourneyNode> nodes, List<JourneyEdge> edges) {

    public JourneyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The step with this id. */
    public Optional<JourneyNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The step a customer goes to from {@code from} by {@code output}, if one is connected. */
    public Optional<String> next(String from, String output) {
        return edges.stream()
                .filter(e -> e.from().equals(from) && e.output().equals(output))
                .map(JourneyEdge::to)
                .findFirst();
    }

    /** The entry steps. */
    public List<JourneyNode> entries() {
        return nodes.stream()
                .filter(n -> n.type().kind() == NodeType.Kind.ENTRY)
                .toList();
    }

    Map<String, JourneyNode> byId() {
        return nodes.stream().collect(Collectors.toMap(JourneyNode::id, Function.identity(), (a, b) -> a));
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
