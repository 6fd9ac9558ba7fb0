package app.cairn.journey.ui;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.journey.NodeType;
import app.cairn.journey.StepStatistics;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The journey page's side panel: the picked step's settings, problems and figures ({@link StepPanel}), or the
 * journey's own settings and versions when no step is picked ({@link JourneySettingsPanel}).
 */
class EditorSide extends Div {

    /** What the panel changes on the journey. */
    interface Editor {
        void rename(String name);

        void changeSettings(JourneySettings settings);

        void changeStep(String nodeId, Map<String, String> settings);

        void removeStep(String nodeId);
    }

    /** The journey as the page has it now. */
    record Shown(
            Journey journey,
            JourneyGraph draft,
            String selected,
            List<JourneyProblem> problems,
            Map<String, StepStatistics> figures,
            List<JourneyVersion> versions) {}

    private final transient JourneyStatistics statistics;
    private final transient JsonRules rules;
    private final transient Editor editor;
    private StepPanel stepPanel;
    private String shownStep;

    EditorSide(JourneyStatistics statistics, JsonRules rules, Editor editor) {
        this.statistics = statistics;
        this.rules = rules;
        this.editor = editor;
        setId("journey-side");
        setWidth("24rem");
        getStyle().set("flex", "none").set("overflow-y", "auto").set("padding", "0 var(--lumo-space-s)");
    }

    /** The step whose panel is shown, or null for the journey's. */
    String shownStep() {
        return shownStep;
    }

    /** Builds the panel for the picked step, or for the journey when none is picked. */
    void show(Shown state, CanvasPicture picture, StepChoices choices) {
        removeAll();
        stepPanel = null;
        JourneyNode node = step(state).orElse(null);
        boolean stopped = state.journey().status() == JourneyStatus.STOPPED;
        shownStep = node == null ? null : node.id();
        if (node == null) {
            add(new JourneySettingsPanel(
                    state.journey(),
                    state.draft().settings(),
                    state.problems().stream()
                            .filter(p -> p.nodeId() == null)
                            .map(picture::problem)
                            .toList(),
                    state.versions(),
                    stopped,
                    editor::rename,
                    editor::changeSettings));
            return;
        }
        stepPanel = new StepPanel(
                node,
                state.draft().nodes().stream()
                        .filter(n -> !n.id().equals(node.id()))
                        .toList(),
                choices,
                parts(state, node, picture),
                rules,
                stopped,
                settings -> editor.changeStep(node.id(), settings),
                () -> editor.removeStep(node.id()));
        add(stepPanel);
    }

    /** Shows the step's problems and figures as read now, keeping its form as it is. */
    void update(Shown state, CanvasPicture picture) {
        if (stepPanel != null) {
            step(state).ifPresent(node -> stepPanel.update(parts(state, node, picture)));
        }
    }

    private static Optional<JourneyNode> step(Shown state) {
        return state.draft().nodes().stream()
                .filter(n -> n.id().equals(state.selected()))
                .findFirst();
    }

    private StepPanel.Parts parts(Shown state, JourneyNode node, CanvasPicture picture) {
        return new StepPanel.Parts(
                state.problems().stream()
                        .filter(p -> node.id().equals(p.nodeId()))
                        .map(picture::problem)
                        .toList(),
                state.figures().get(node.id()),
                node.type() == NodeType.EXPERIMENT
                        ? statistics.experiments(state.journey().id()).get(node.id())
                        : null);
    }
}
