package app.cairn.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Journeys drawn step by step for tests: {@code step(...)} adds a step, {@code link(...)} connects two. */
final class JourneyFixtures {

    private final List<JourneyNode> nodes = new ArrayList<>();
    private final List<JourneyEdge> edges = new ArrayList<>();

    static JourneyFixtures draw() {
        return new JourneyFixtures();
    }

    /** The welcome series: segment entry, send, wait two days, engagement branch, exits. */
    static JourneyGraph welcomeSeries(long segment, long welcome, long reminder) {
        return draw().step("entry", NodeType.ENTRY_SEGMENT, Map.of("segment", String.valueOf(segment)))
                .step("welcome", NodeType.SEND_EMAIL, Map.of("template", String.valueOf(welcome)))
                .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P2D"))
                .step(
                        "opened",
                        NodeType.BRANCH_ENGAGEMENT,
                        Map.of("message", "welcome", "action", "opened", "hours", "48"))
                .step("exit", NodeType.EXIT, Map.of())
                .step("reminder", NodeType.SEND_EMAIL, Map.of("template", String.valueOf(reminder)))
                .step("done", NodeType.EXIT, Map.of())
                .link("entry", "next", "welcome")
                .link("welcome", "next", "wait")
                .link("wait", "next", "opened")
                .link("opened", "yes", "exit")
                .link("opened", "no", "reminder")
                .link("reminder", "next", "done")
                .graph();
    }

    JourneyFixtures step(String id, NodeType type, Map<String, String> settings) {
        nodes.add(new JourneyNode(id, type, settings, nodes.size() * 200.0, 0));
        return this;
    }

    JourneyFixtures link(String from, String output, String to) {
        edges.add(new JourneyEdge(from, output, to));
        return this;
    }

    JourneyGraph graph() {
        return new JourneyGraph(nodes, edges);
    }
}
