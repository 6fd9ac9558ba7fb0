package app.cairn.journey.ui;

import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.NodeType;
import app.cairn.journey.StepStatistics;
import app.cairn.journey.ui.StepChoices.Choice;
import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a journey as stored into what the canvas draws: each step's name, a one-line summary of its settings,
 * its outputs with their counts, its problems in words and its live figures; and the palette.
 */
final class CanvasPicture {

    private final Component words;
    private final StepChoices choices;

    /** @param words the page, whose locale and translations are used */
    CanvasPicture(Component words, StepChoices choices) {
        this.words = words;
        this.choices = choices;
    }

    JourneyCanvas.Graph graph(JourneyGraph graph) {
        return new JourneyCanvas.Graph(
                graph.nodes().stream()
                        .map(n -> new JourneyCanvas.Step(n.id(), n.type().name(), n.x(), n.y(), n.settings()))
                        .toList(),
                graph.edges().stream()
                        .map(e -> new JourneyCanvas.Link(e.from(), e.output(), e.to()))
                        .toList());
    }

    /** What was drawn as a journey graph with the given settings; steps of unknown types are left out. */
    static JourneyGraph fromCanvas(JourneyCanvas.Graph drawn, JourneySettings settings) {
        List<JourneyNode> nodes = new ArrayList<>();
        for (JourneyCanvas.Step step : drawn.nodes()) {
            Optional<NodeType> type = Arrays.stream(NodeType.values())
                    .filter(t -> t.name().equals(step.type()))
                    .findFirst();
            if (type.isPresent() && step.id() != null && !step.id().isBlank()) {
                nodes.add(new JourneyNode(step.id(), type.get(), step.settings(), step.x(), step.y()));
            }
        }
        List<JourneyEdge> edges = drawn.edges().stream()
                .filter(e -> e.from() != null && e.output() != null && e.to() != null)
                .map(e -> new JourneyEdge(e.from(), e.output(), e.to()))
                .toList();
        return new JourneyGraph(nodes, edges, settings);
    }

    JourneyCanvas.View view(
            JourneyGraph graph,
            List<JourneyProblem> problems,
            Map<String, StepStatistics> statistics,
            boolean readOnly) {
        Map<String, JourneyCanvas.StepView> steps = new LinkedHashMap<>();
        for (JourneyNode node : graph.nodes()) {
            Optional<StepStatistics> stats = Optional.ofNullable(statistics.get(node.id()));
            steps.put(
                    node.id(),
                    new JourneyCanvas.StepView(
                            words.getTranslation(node.type().labelKey()),
                            summary(node),
                            node.type().kind().name(),
                            node.outputs().stream()
                                    .map(o -> new JourneyCanvas.Output(
                                            o,
                                            outputLabel(node, o),
                                            stats.map(s -> number(s.outputs().getOrDefault(o, 0L)))
                                                    .orElse(null)))
                                    .toList(),
                            problems.stream()
                                    .filter(p -> node.id().equals(p.nodeId()))
                                    .map(this::problem)
                                    .toList(),
                            stats.map(this::counts).orElse(null)));
        }
        List<JourneyCanvas.PaletteItem> palette = Arrays.stream(NodeType.values())
                .map(t -> new JourneyCanvas.PaletteItem(
                        t.name(), words.getTranslation(t.labelKey()), t.kind().name()))
                .toList();
        return new JourneyCanvas.View(
                palette,
                steps,
                readOnly,
                new JourneyCanvas.Labels(
                        words.getTranslation("journey.palette"),
                        words.getTranslation("journey.canvas.empty"),
                        words.getTranslation("journey.canvas.arrange"),
                        words.getTranslation("journey.canvas.map"),
                        words.getTranslation("journey.canvas.hide-palette"),
                        words.getTranslation("journey.canvas.show-palette")));
    }

    /** A problem in words; a setting it names is named by its label. */
    String problem(JourneyProblem problem) {
        if (problem.argument() == null) {
            return words.getTranslation(problem.messageKey());
        }
        String argument = problem.messageKey().startsWith("journey.problem.setting-")
                ? words.getTranslation("journey.setting." + problem.argument())
                : problem.argument();
        return words.getTranslation(problem.messageKey(), argument);
    }

    /** The step's figures in one line: entered, waiting, gone on, ended there, converted. */
    String counts(StepStatistics s) {
        return words.getTranslation(
                "journey.counts",
                number(s.entered()),
                number(s.waiting()),
                number(s.passed()),
                number(s.exited()),
                number(s.converted()));
    }

    String outputLabel(JourneyNode node, String output) {
        if (node.type() == NodeType.SPLIT_RANDOM || node.type() == NodeType.EXPERIMENT) {
            String[] shares = node.settings().getOrDefault("percentages", "").split(",");
            int index = output.charAt(0) - 'a';
            String share = index < shares.length ? shares[index].strip() : "?";
            return words.getTranslation("journey.output.variant", output.toUpperCase(java.util.Locale.ROOT), share);
        }
        return words.getTranslation("journey.output." + output);
    }

    /** What the step's settings come to, in a few words; blank when nothing is set yet. */
    String summary(JourneyNode node) {
        Map<String, String> s = node.settings();
        return switch (node.type()) {
            case ENTRY_SEGMENT -> name(choices.segments(), s.get("segment"));
            case SEGMENT_MEMBERSHIP ->
                s.containsKey("segment")
                        ? option("change", s.getOrDefault("change", "add")) + ": "
                                + name(choices.staticLists(), s.get("segment"))
                        : "";
            case ENTRY_EVENT ->
                join(
                        event(s.get("event")),
                        s.containsKey("property")
                                ? s.get("property") + " " + option("operator", s.getOrDefault("operator", "eq")) + " "
                                        + s.getOrDefault("value", "")
                                : "");
            case ENTRY_DATE -> join(option("attribute", s.getOrDefault("attribute", "birthday")), s.get("time"));
            case WAIT_DURATION -> duration(s.get("duration"));
            case WAIT_WINDOW -> join(s.get("days"), join(s.get("from"), s.get("until"), "–"));
            case WAIT_DATE -> s.getOrDefault("attribute", "");
            case WAIT_EVENT -> join(event(s.get("event")), duration(s.get("timeout")));
            case BRANCH_ENGAGEMENT ->
                s.containsKey("message")
                        ? words.getTranslation(
                                "journey.summary.engagement",
                                option("action", s.getOrDefault("action", "opened")),
                                s.get("message"),
                                s.getOrDefault("hours", "?"))
                        : "";
            case SPLIT_RANDOM -> s.getOrDefault("percentages", "").replace(",", " / ");
            case EXPERIMENT -> join(s.getOrDefault("percentages", "").replace(",", " / "), event(s.get("goal")));
            case SEND_EMAIL -> name(choices.templates(), s.get("template"));
            case SEND_SMS -> shorten(s.getOrDefault("text", ""));
            case UPDATE_PROFILE -> s.containsKey("field") ? s.get("field") + " = " + s.getOrDefault("value", "") : "";
            case WEBHOOK -> shorten(s.getOrDefault("url", ""));
            case GOAL -> join(event(s.get("event")), duration(s.get("within")));
            case BRANCH_CONDITION, ENTRY_MANUAL, EXIT -> "";
        };
    }

    private String event(String name) {
        return name == null ? "" : name(choices.events(), name);
    }

    private String option(String setting, String value) {
        return words.getTranslation("journey.option." + setting + "." + value);
    }

    private String duration(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        DurationField.Parts parts = DurationField.parts(iso);
        return parts == null ? iso : words.getTranslation("journey.duration." + parts.unit(), parts.amount());
    }

    private static String name(List<Choice> from, String value) {
        if (value == null) {
            return "";
        }
        return from.stream()
                .filter(c -> c.value().equals(value))
                .map(Choice::label)
                .findFirst()
                .orElse(value);
    }

    private static String join(String a, String b) {
        return join(a, b, " · ");
    }

    private static String join(String a, String b, String between) {
        boolean hasA = a != null && !a.isBlank();
        boolean hasB = b != null && !b.isBlank();
        if (hasA && hasB) {
            return a + between + b;
        }
        return hasA ? a : hasB ? b : "";
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 39) + "…";
    }

    private java.util.Locale locale() {
        return words.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH);
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }
}
