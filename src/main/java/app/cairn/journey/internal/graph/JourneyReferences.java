package app.cairn.journey.internal.graph;

import app.cairn.commerce.EventType;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerNormaliser;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.NodeType;
import app.cairn.journey.step.ActionStep;
import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.GoalStep;
import app.cairn.journey.step.WaitStep;
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

    /** The events a journey can enter on, wait for and count as goals: customer events and service events. */
    public static final Set<String> EVENTS = java.util.stream.Stream.concat(
                    Arrays.stream(EventType.values()).map(Enum::name),
                    Arrays.stream(app.cairn.journey.step.ServiceEvent.values()).map(Enum::name))
            .collect(Collectors.toUnmodifiableSet());

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
            switch (node.step()) {
                case EntryStep.OnSegment entry -> segment(node, entry.segment(), false, problems);
                case ActionStep.Membership change -> segment(node, change.segment(), true, problems);
                case ActionStep.SendEmail send -> template(node, send.template(), problems);
                case EntryStep.OnEvent entry -> event(node, entry.event(), problems);
                case WaitStep.ForEvent wait -> event(node, wait.event(), problems);
                case GoalStep goal -> event(node, goal.event(), problems);
                case BranchStep.Experiment experiment -> event(node, experiment.goal(), problems);
                case BranchStep.Condition condition -> rule(node, condition.rule(), problems);
                case BranchStep.Engagement engagement -> message(graph, node, engagement.message(), problems);
                case ActionStep.UpdateProfile update -> profile(node, update.field(), update.value(), problems);
                case ActionStep.Webhook webhook -> url(node, webhook.url(), problems);
                default -> {
                    // nothing outside the graph
                }
            }
        }
        return problems;
    }

    private void segment(JourneyNode node, Long id, boolean mustBeStatic, List<JourneyProblem> problems) {
        Optional<Segment> segment = Optional.ofNullable(id).flatMap(segments::find);
        if (id != null && segment.isEmpty()) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.segment-missing", String.valueOf(id)));
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

    private void template(JourneyNode node, Long id, List<JourneyProblem> problems) {
        var template = Optional.ofNullable(id).flatMap(templates::find);
        if (id != null && template.isEmpty()) {
            problems.add(new JourneyProblem(node.id(), "journey.problem.template-missing", String.valueOf(id)));
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
}
