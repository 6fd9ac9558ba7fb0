package app.cairn.journey.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.journey.Journey;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.journey.StepStatistics;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A journey's page: the header with its buttons ({@link EditorHeader}, {@link JourneyCommands}), the canvas to draw
 * it on, and a side panel (which folds away) with the picked step's settings, or the journey's own when none is
 * picked, its problems and figures. Every change is saved as the draft at once; the counts on steps and
 * connections refresh every few seconds while the journey runs.
 */
@Route("journeys/edit")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class JourneyEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int POLL_MILLIS = 5000;

    private final transient JourneyManagement journeys;
    private final transient JourneyStatistics statistics;
    private final transient SegmentManagement segments;
    private final transient TemplateManagement templates;
    private final transient CustomerManagement customers;
    private final transient AuthenticationContext authentication;

    private final JourneyCanvas canvas = new JourneyCanvas();
    private final EditorSide side;
    private final Poller poller = new Poller();
    private final DraftHistory history = new DraftHistory();
    private EditorHeader header;
    private transient JourneyCommands commands;

    private long id;
    private Journey journey;
    private JourneyGraph draft;
    private String selected;
    private JourneyGraph published;
    private List<JourneyProblem> problems = List.of();
    private Map<String, StepStatistics> figures = Map.of();
    private CanvasPicture picture;
    private StepChoices choices;

    /** Builds the page over the journey, segment, messaging and customer modules' APIs. */
    public JourneyEditorView(
            JourneyManagement journeys,
            JourneyStatistics statistics,
            SegmentManagement segments,
            TemplateManagement templates,
            CustomerManagement customers,
            JsonMapper json,
            AuthenticationContext authentication) {
        this.journeys = journeys;
        this.statistics = statistics;
        this.segments = segments;
        this.templates = templates;
        this.customers = customers;
        this.authentication = authentication;
        setSizeFull();
        side = new EditorSide(statistics, new JsonRules(json, segments), new SideEdits());
        canvas.addGraphChangeListener(drawn -> {
            change(CanvasPicture.fromCanvas(drawn, draft.settings()), false);
            if (!Objects.equals(selected, side.shownStep())) {
                // the step picked may arrive before the graph that has it
                showSide();
            }
        });
        canvas.addSelectionListener(this::pick);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        Journey found = parameter == null ? null : journeys.find(parameter).orElse(null);
        removeAll();
        if (found == null) {
            add(new H2(getTranslation("journey.error.not-found", String.valueOf(parameter))));
            return;
        }
        id = found.id();
        journey = found;
        draft = found.draft();
        List<JourneyVersion> versions = journeys.versions(id);
        published = versions.isEmpty() ? null : versions.getLast().graph();
        commands = new JourneyCommands(
                journeys, customers, this, id, authentication.getPrincipalName().orElse("system"), this::changed);
        header = new EditorHeader(new EditorHeader.Actions(
                () -> restore(history.undo(draft)),
                () -> restore(history.redo(draft)),
                () -> commands.publish(version -> published = version.graph()),
                commands::pause,
                commands::resume,
                () -> commands.stop(journey.name()),
                () -> commands.duplicate(journey.name()),
                commands::enrol,
                this::toggleSide));
        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.setSizeFull();
        body.setFlexGrow(1, canvas);
        add(header, body);
        setFlexGrow(1, body);
        choices = StepChoices.read(segments, templates, this);
        picture = new CanvasPicture(this, choices);
        canvas.setGraph(picture.graph(draft));
        refresh();
        showSide();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        poller.start(POLL_MILLIS, () -> {
            if (journey != null && journey.status() != JourneyStatus.DRAFT) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poller.stop();
        super.onDetach(detachEvent);
    }

    /** Saves a change as the draft, remembering the draft before it for undo. */
    private void change(JourneyGraph next, boolean redraw) {
        if (next.equals(draft)) {
            return;
        }
        JourneyGraph before = draft;
        if (save(next, redraw)) {
            history.changed(before);
        }
        refresh();
    }

    private boolean save(JourneyGraph next, boolean redraw) {
        try {
            journey = journeys.saveDraft(id, next);
            draft = next;
            if (redraw) {
                canvas.setGraph(picture.graph(draft));
            }
            return true;
        } catch (RefusedException refused) {
            JourneyCommands.error(getTranslation(refused.messageKey(), refused.arguments()));
            canvas.setGraph(picture.graph(draft));
            return false;
        }
    }

    /** Goes back to a draft from the history (undo or redo). */
    private void restore(Optional<JourneyGraph> earlier) {
        earlier.ifPresent(graph -> {
            save(graph, true);
            changed();
        });
    }

    private void changed() {
        refresh();
        showSide();
    }

    /** Reads the problems and figures again and redraws the steps and the header with them. */
    private void refresh() {
        journey = journeys.find(id).orElse(journey);
        problems = journeys.problems(id);
        figures = journey.status() == JourneyStatus.DRAFT ? Map.of() : statistics.steps(id);
        canvas.setView(picture.view(draft, problems, figures, journey.status() == JourneyStatus.STOPPED));
        header.show(
                journey, problems, published != null && !published.equals(draft), history.canUndo(), history.canRedo());
        side.update(shown(List.of()), picture);
    }

    private void toggleSide() {
        side.setVisible(!side.isVisible());
        header.sideShown(side.isVisible());
    }

    private void pick(String nodeId) {
        if (!Objects.equals(nodeId, selected)) {
            selected = nodeId;
            showSide();
        }
    }

    private EditorSide.Shown shown(List<JourneyVersion> versions) {
        return new EditorSide.Shown(journey, draft, selected, problems, figures, versions);
    }

    private void showSide() {
        side.show(shown(journeys.versions(id)), picture, choices);
    }

    /** The side panel's changes to the journey. */
    private final class SideEdits implements EditorSide.Editor {
        @Override
        public void rename(String name) {
            journey = journeys.rename(id, name);
            refresh();
        }

        @Override
        public void changeSettings(JourneySettings settings) {
            change(draft.withSettings(settings), false);
        }

        @Override
        public void changeStep(String nodeId, Map<String, String> settings) {
            change(draft.withNodeSettings(nodeId, settings), true);
        }

        @Override
        public void removeStep(String nodeId) {
            selected = null;
            canvas.setSelected(null);
            change(draft.without(nodeId), true);
            showSide();
        }
    }

    @Override
    public String getPageTitle() {
        return (journey == null ? "" : journey.name() + " · ") + getTranslation("nav.journeys") + " · Cairn";
    }
}
