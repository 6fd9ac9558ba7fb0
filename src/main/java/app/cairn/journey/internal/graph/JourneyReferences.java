package app.cairn.journey.internal.graph;

import app.cairn.commerce.EventType;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerNormaliser;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.NodeType;
import app.cairn.journey.internal.steps.EventFilter;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.SegmentRuleException;
import app.cairn.shared.RefusedException;
import app.cairn.shared.net.OutboundAddresses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a drawn journey refers to, checked before it is published: templates and segments that exist (a segment a
 * step adds customers to must be a static list), conditions the segment rules accept, events Cairn records, an
 * engagement branch pointing at a send step of the journey, profile fields the profile accepts and webhook
 * addresses that are http(s) and not plainly inside the network ({@link OutboundAddresses}). The graph's own shape is {@link JourneyValidator}'s.
 */
@Component
public class JourneyReferences {

    public static final Set<String> EVENTS =
            Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    /** The longest value a custom attribute takes. */
    public static final int MAX_VALUE = 1000;

    private final TemplateManagement templates;
    private final SegmentManagement segments;
    private final JsonMapper json;
    private final OutboundAddresses outbound;

    public JourneyReferences(
            TemplateManagement templates, SegmentManagement segments, JsonMapper json, OutboundAddresses outbound) {
        this.outbound = outbound;
        this.templates = templates;
        this.segments = segments;
        this.json = json;
    }

    public List<JourneyProblem> problems(JourneyGraph graph) {
        List<JourneyProblem> problems = new ArrayList<>();
        for (JourneyNode node : graph.nodes()) {
            Map<String, String> s = node.settings();
            switch (node.type()) {
                case ENTRY_SEGMENT -> segment(node, s.get("segment"), false, problems);
                case SEGMENT_MEMBERSHIP -> segment(node, s.get("segment"), true, problems);
                case SEND_EMAIL -> template(node, s.get("template"), problems);
                case ENTRY_EVENT, WAIT_EVENT, GOAL -> event(node, s.get("event"), problems);
                case EXPERIMENT -> event(node, s.get("goal"), problems);
                case BRANCH_CONDITION -> rule(node, s.get("rule"), problems);
                case BRANCH_ENGAGEMENT -> message(graph, node, s.get("message"), problems);
                case UPDATE_PROFILE -> profile(node, s.get("field"), s.get("value"), problems);
                case WEBHOOK -> url(node, s.get("url"), problems);
                default -> {
                    // nothing outside the graph
                }
            }
            if (node.type() == NodeType.ENTRY_EVENT
                    && EventFilter.present(s)
                    && !EventFilter.OPERATORS.contains(s.getOrDefault("operator", "eq"))) {
                problems.add(new JourneyProblem(node.id(), "journey.problem.operator-unknown", s.get("operator")));
            }
        }
        return problems;
    }

    private void segment(JourneyNode node, String id, boolean mustBeStatic, List<JourneyProblem> problems) {
        Optional<Segment> segment = number(id).flatMap(segments::find);
        if (id != null && segment.isEmpty()) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.segment-missing", id));
        } else if (segment.isPresent() && segment.get().isArchived()) {
            problems.add(new JourneyProblem(
                    node.id(), "journey.problem.segment-archived", segment.get().name()));
        } else if (mustBeStatic && segment.isPresent() && !segment.get().isStatic()) {
            problems.add(new JourneyProblem(
                    node.id(),
                    "journey.problem.segment-not-static",
                    segment.get().name()));
        }
    }

    private void template(JourneyNode node, String id, List<JourneyProblem> problems) {
        var template = number(id).flatMap(templates::find);
        if (id != null && template.isEmpty()) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.template-missing", id));
        } else if (template.isPresent() && template.get().isArchived()) {
            problems.add(new JourneyProblem(
                    node.id(),
                    "journey.problem.template-archived",
                    template.get().name()));
        }
    }

    private static void event(JourneyNode node, String event, List<JourneyProblem> problems) {
        if (event != null && !EVENTS.contains(event)) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.event-unknown", event));
        }
    }

    private void rule(JourneyNode node, String rule, List<JourneyProblem> problems) {
        if (rule == null) {
            return;
        }
        try {
            if (!segments.check(json.readValue(rule, SegmentRule.class), null).isEmpty()) {
                problems.add(new JourneyProblem(node.id(), "journey.problem.rule-invalid", null));
            }
        } catch (JacksonException | SegmentRuleException unreadable) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.rule-invalid", null));
        }
    }

    private static void message(JourneyGraph graph, JourneyNode node, String message, List<JourneyProblem> problems) {
        if (message != null
                && graph.nodes().stream().noneMatch(n -> n.id().equals(message) && n.type() == NodeType.SEND_EMAIL)) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.message-unknown", message));
        }
    }

    private static void profile(JourneyNode node, String field, String value, List<JourneyProblem> problems) {
        if (field == null) {
            return;
        }
        try {
            if ("tag".equals(field) || "untag".equals(field)) {
                CustomerNormaliser.tag(value);
            } else {
                CustomerNormaliser.attributeName(field);
                if (value != null && value.strip().length() > MAX_VALUE) {
                    problems.add(new JourneyProblem(node.id(), "journey.problem.value-too-long", field));
                }
            }
        } catch (CustomerException refused) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.profile-field", field));
        }
    }

    private void url(JourneyNode node, String url, List<JourneyProblem> problems) {
        if (url == null) {
            return;
        }
        try {
            outbound.checkWritten(url);
        } catch (RefusedException refused) {
            problems.add(
                    "shared.error.outbound-address".equals(refused.messageKey())
                            ? new JourneyProblem(node.id(), "journey.problem.url-internal", url)
                            : new JourneyProblem(node.id(), "journey.problem.url", url));
        }
    }

    private static Optional<Long> number(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
