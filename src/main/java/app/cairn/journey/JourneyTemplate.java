package app.cairn.journey;

import java.util.ArrayList;
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

    /** Steps placed left to right as they are added, and their connections. */
    private static final class Drawing {
        private final List<JourneyNode> nodes = new ArrayList<>();
        private final List<JourneyEdge> edges = new ArrayList<>();

        Drawing step(String id, NodeType type, Map<String, String> settings) {
            nodes.add(new JourneyNode(id, type, settings, 80 + nodes.size() * 220.0, 120));
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
            return new JourneyGraph(nodes, edges);
        }
    }
}
