package app.cairn.journey.ui;

import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.NodeType;
import app.cairn.journey.StepStatistics;
import app.cairn.journey.step.BranchStep;
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
    private final StepSummary summary;

    /** @param words the page, whose locale and translations are used */
    CanvasPicture(Component words, StepChoices choices) {
        this.words = words;
        this.summary = new StepSummary(words, choices);
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
                            summary.of(node.step()),
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
        if (node.step() instanceof BranchStep.Shares split) {
            List<Integer> shares = split.percentages();
            int index = output.charAt(0) - 'a';
            String share = index < shares.size() ? String.valueOf(shares.get(index)) : "?";
            return words.getTranslation("journey.output.variant", output.toUpperCase(java.util.Locale.ROOT), share);
        }
        return words.getTranslation("journey.output." + output);
    }

    private java.util.Locale locale() {
        return words.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH);
    }

    private String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }
}
