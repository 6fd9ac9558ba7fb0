package app.cairn.journey;

import java.util.List;
import java.util.Map;

/**
 * One step on the canvas.
 *
 * @param id unique within the journey
 * @param settings what the side panel sets, by name (a random split's {@code percentages} such as
 *     {@code 50,50} also name its outputs {@code a}, {@code b}, …)
 * @param x where it sits on the canvas
 */
public record JourneyNode(String id, NodeType type, Map<String, String> settings, double x, double y) {

    public JourneyNode {
        settings = Map.copyOf(settings);
    }

    /** The outputs the step leads on by. */
    public List<String> outputs() {
        if (type == NodeType.SPLIT_RANDOM || type == NodeType.EXPERIMENT) {
            int variants = JourneyGraph.percentages(settings.get("percentages")).size();
            return java.util.stream.IntStream.range(0, variants)
                    .mapToObj(i -> String.valueOf((char) ('a' + i)))
                    .toList();
        }
        return type.fixedOutputs();
    }
}
