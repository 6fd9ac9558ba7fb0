package app.cairn.journey.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.react.ReactAdapterComponent;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Map;

/**
 * The journey canvas: React Flow (@xyflow/react 12, MIT) in a React adapter element, laid out on request with dagre
 * (@dagrejs/dagre 3, MIT). It shows the steps and
 * connections it is given ({@link #setGraph}) as the {@link #setView view} describes them, and reports every change
 * the marketer draws (a step placed, moved or deleted, a connection made or removed) as a whole new graph, and the
 * step picked. It keeps no state of its own worth keeping: the page saves, checks and undoes.
 */
@Tag("cairn-journey-canvas")
@NpmPackage(value = "@xyflow/react", version = "12.12.1")
@NpmPackage(value = "@dagrejs/dagre", version = "3.1.3")
@JsModule("./components/journey-canvas.tsx")
@CssImport("@xyflow/react/dist/style.css")
@CssImport("./components/journey-canvas.css")
public class JourneyCanvas extends ReactAdapterComponent {

    /** A step as the canvas knows it: its type by name, its place and its settings (kept, not shown). */
    public record Step(String id, String type, double x, double y, Map<String, String> settings) {
        public Step {
            settings = settings == null ? Map.of() : Map.copyOf(settings);
        }
    }

    /** A connection from a step's output to another step. */
    public record Link(String from, String output, String to) {}

    /** What is drawn. */
    public record Graph(List<Step> nodes, List<Link> edges) {
        public Graph {
            nodes = nodes == null ? List.of() : List.copyOf(nodes);
            edges = edges == null ? List.of() : List.copyOf(edges);
        }
    }

    /** An output of a step, as labelled, with the customers who left by it (null before publishing). */
    public record Output(String key, String label, String count) {}

    /**
     * How a step is shown.
     *
     * @param kind the step type's kind ({@code ENTRY}, {@code WAIT} …), which colours it
     * @param problems what stands between it and publishing, in words
     * @param counts its live figures in words, or null
     */
    public record StepView(
            String title, String summary, String kind, List<Output> outputs, List<String> problems, String counts) {}

    /** A step type the marketer can drag onto the canvas. */
    public record PaletteItem(String type, String label, String kind) {}

    /**
     * Everything the canvas shows besides the graph.
     *
     * @param readOnly true when nothing may be changed (a stopped journey)
     */
    public record View(List<PaletteItem> palette, Map<String, StepView> steps, boolean readOnly, Labels labels) {}

    /**
     * The canvas's own words, in the staff member's language.
     *
     * @param empty the hint on an empty canvas
     * @param arrange the button that lays the whole journey out
     * @param map the control that shows or hides the overview map
     */
    public record Labels(
            String palette, String empty, String arrange, String map, String hidePalette, String showPalette) {}

    /** Shows the graph. */
    public void setGraph(Graph graph) {
        setState("graph", graph);
    }

    /** Shows the steps' names, summaries, problems and counts, and the palette. */
    public void setView(View view) {
        setState("view", view);
    }

    /** Called with the whole graph after each change drawn on the canvas. */
    public void addGraphChangeListener(SerializableConsumer<Graph> listener) {
        addStateChangeListener("graph", Graph.class, listener);
    }

    /** Picks a step, or none with null (a step deleted from outside the canvas). */
    public void setSelected(String stepId) {
        setState("selected", stepId);
    }

    /** Called with the id of the step picked, or null when none is. */
    public void addSelectionListener(SerializableConsumer<String> listener) {
        addStateChangeListener("selected", String.class, listener);
    }
}
