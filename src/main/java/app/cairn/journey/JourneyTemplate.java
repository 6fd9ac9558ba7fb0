package app.cairn.journey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made journeys. Each is drawn with its timings and events filled in; which segment, templates and
 * conditions to use is left for the marketer, and publishing says what is still missing.
 */
public enum JourneyTemplate {
    /** New subscribers: a welcome, and a reminder for those who did not open it within two days. */
    WELCOME,
    /** A cart left for four hours without an order gets a reminder; an order is the goal. */
    ABANDONED_CART,
    /** Lapsed customers get an offer, and a second one a week later if they have not come back. */
    WIN_BACK,
    /** A week after an order, a request to review what was bought. */
    REVIEW_REQUEST,
    /** Birthday greetings at 9:00 in the customer's time zone; an order is the goal. */
    BIRTHDAY;

    /** The template's graph. */
    public JourneyGraph graph() {
        Drawing d = new Drawing();
        switch (this) {
            case WELCOME ->
                d.step("entry", NodeType.ENTRY_SEGMENT, Map.of())
                        .step("welcome", NodeType.SEND_EMAIL, Map.of())
                        .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P2D"))
                        .step(
                                "opened",
                                NodeType.BRANCH_ENGAGEMENT,
                                Map.of("message", "welcome", "action", "opened", "hours", "48"))
                        .step("reminder", NodeType.SEND_EMAIL, Map.of())
                        .step("done", NodeType.EXIT, Map.of())
                        .chain("entry", "welcome", "wait", "opened")
                        .link("opened", "yes", "done")
                        .link("opened", "no", "reminder")
                        .link("reminder", "next", "done");
            case ABANDONED_CART ->
                d.step("entry", NodeType.ENTRY_EVENT, Map.of("event", "ADDED_TO_CART"))
                        .step("wait", NodeType.WAIT_EVENT, Map.of("event", "ORDER_PLACED", "timeout", "PT4H"))
                        .step("reminder", NodeType.SEND_EMAIL, Map.of())
                        .step("goal", NodeType.GOAL, Map.of("event", "ORDER_PLACED", "within", "P3D"))
                        .step("done", NodeType.EXIT, Map.of())
                        .link("entry", "next", "wait")
                        .link("wait", "happened", "done")
                        .link("wait", "timeout", "reminder")
                        .chain("reminder", "goal", "done");
            case WIN_BACK ->
                d.step("entry", NodeType.ENTRY_SEGMENT, Map.of())
                        .step("offer", NodeType.SEND_EMAIL, Map.of())
                        .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P7D"))
                        .step("back", NodeType.BRANCH_CONDITION, Map.of())
                        .step("second", NodeType.SEND_EMAIL, Map.of())
                        .step("done", NodeType.EXIT, Map.of())
                        .chain("entry", "offer", "wait", "back")
                        .link("back", "yes", "done")
                        .link("back", "no", "second")
                        .link("second", "next", "done");
            case REVIEW_REQUEST ->
                d.step("entry", NodeType.ENTRY_EVENT, Map.of("event", "ORDER_PLACED"))
                        .step("wait", NodeType.WAIT_DURATION, Map.of("duration", "P7D"))
                        .step("request", NodeType.SEND_EMAIL, Map.of())
                        .step("done", NodeType.EXIT, Map.of())
                        .chain("entry", "wait", "request", "done");
            case BIRTHDAY ->
                d.step("entry", NodeType.ENTRY_DATE, Map.of("attribute", "birthday", "time", "09:00"))
                        .step("greeting", NodeType.SEND_EMAIL, Map.of())
                        .step("goal", NodeType.GOAL, Map.of("event", "ORDER_PLACED", "within", "P14D"))
                        .step("done", NodeType.EXIT, Map.of())
                        .chain("entry", "greeting", "goal", "done");
        }
        return d.graph();
    }

    /**
     * Steps and their connections, placed top to bottom as journeys read: each step one row below the furthest
     * step leading to it, steps of one row side by side.
     */
    private static final class Drawing {
        private static final double LEFT = 80;
        private static final double TOP = 40;
        private static final double COLUMN_WIDTH = 300;
        private static final double ROW_HEIGHT = 190;
        private final List<JourneyNode> nodes = new ArrayList<>();
        private final List<JourneyEdge> edges = new ArrayList<>();

        Drawing step(String id, NodeType type, Map<String, String> settings) {
            nodes.add(new JourneyNode(id, type, settings, 0, 0));
            return this;
        }

        Drawing link(String from, String output, String to) {
            edges.add(new JourneyEdge(from, output, to));
            return this;
        }

        /** Connects each step's {@code next} output to the step after it. */
        Drawing chain(String... ids) {
            for (int i = 0; i + 1 < ids.length; i++) {
                link(ids[i], "next", ids[i + 1]);
            }
            return this;
        }

        JourneyGraph graph() {
            Map<String, Integer> row = new HashMap<>();
            nodes.forEach(n -> row.put(n.id(), 0));
            // as many passes as steps: enough for the longest path, and a loop cannot keep it going
            for (int pass = 0; pass < nodes.size(); pass++) {
                for (JourneyEdge edge : edges) {
                    row.merge(edge.to(), row.get(edge.from()) + 1, Math::max);
                }
            }
            Map<Integer, Integer> taken = new HashMap<>();
            List<JourneyNode> placed = nodes.stream()
                    .map(n -> {
                        int r = row.get(n.id());
                        int column = taken.merge(r, 1, Integer::sum) - 1;
                        return new JourneyNode(
                                n.id(), n.type(), n.settings(), LEFT + column * COLUMN_WIDTH, TOP + r * ROW_HEIGHT);
                    })
                    .toList();
            return new JourneyGraph(placed, edges);
        }
    }
}
