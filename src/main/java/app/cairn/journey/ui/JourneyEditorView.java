package app.cairn.journey.ui;

import app.cairn.commerce.EventType;
import app.cairn.customer.CustomerManagement;
import app.cairn.journey.Journey;
import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyNotPublishable;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.journey.NodeType;
import app.cairn.journey.StepStatistics;
import app.cairn.journey.ui.StepChoices.Choice;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * A journey's page: the canvas to draw it on, with the palette; a side panel with the picked step's settings (or
 * the journey's own when none is picked), its problems and figures; and the buttons to undo, publish, pause,
 * resume, stop, duplicate and enrol by hand. Every change is saved as the draft at once; the counts on steps and
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
    private final transient JsonMapper json;
    private final transient AuthenticationContext authentication;

    private final JourneyCanvas canvas = new JourneyCanvas();
    private final Div side = new Div();
    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span saved = new Span();
    private final Span problemCount = new Span();
    private final Button undo = new Button(VaadinIcon.ROTATE_LEFT.create());
    private final Button redo = new Button(VaadinIcon.ROTATE_RIGHT.create());
    private final Button publish = new Button();
    private final Button pause = new Button();
    private final Button resume = new Button();
    private final Button stop = new Button();
    private final Button duplicate = new Button();
    private final Button enrol = new Button();
    private final Poller poller = new Poller();
    private final DraftHistory history = new DraftHistory();

    private long id;
    private Journey journey;
    private JourneyGraph draft;
    private String selected;
    private String shown;
    private StepPanel stepPanel;
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
        this.json = json;
        this.authentication = authentication;
        setSizeFull();
        title.setId("journey-title");
        title.getStyle().set("margin", "0");
        status.setId("journey-status");
        saved.setId("journey-saved");
        saved.getStyle().set("color", "var(--lumo-secondary-text-color)");
        problemCount.setId("journey-problem-count");
        button(undo, "journey-undo", "journey.undo", e -> undo());
        undo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        button(redo, "journey-redo", "journey.redo", e -> redo());
        redo.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL);
        button(publish, "journey-publish", "journey.publish", e -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(pause, "journey-pause", "journey.pause", e -> act(() -> journeys.pause(id), "journey.paused"));
        button(resume, "journey-resume", "journey.resume", e -> act(() -> journeys.resume(id), "journey.resumed"));
        button(stop, "journey-stop", "journey.stop", e -> confirmStop());
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        button(duplicate, "journey-duplicate", "journey.duplicate", e -> duplicate());
        button(enrol, "journey-enrol", "journey.enrol", e -> new EnrolDialog(customers, this::enrol).open());
        HorizontalLayout header = new HorizontalLayout(title, status, problemCount, saved);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(undo, redo, publish, pause, resume, stop, duplicate, enrol);
        side.setId("journey-side");
        side.setWidth("24rem");
        side.getStyle().set("flex", "none").set("overflow-y", "auto").set("padding", "0 var(--lumo-space-s)");
        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.setSizeFull();
        body.setFlexGrow(1, canvas);
        add(header, actions, body);
        setFlexGrow(1, body);
        canvas.addGraphChangeListener(drawn -> {
            change(fromCanvas(drawn), false);
            if (!Objects.equals(selected, shown)) {
                // the step picked may arrive before the graph that has it
                showSide();
            }
        });
        canvas.addSelectionListener(this::pick);
    }

    private void button(
            Button button,
            String id,
            String textKey,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        button.setId(id);
        button.setText(getTranslation(textKey));
        button.addClickListener(listener);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        Journey found = parameter == null ? null : journeys.find(parameter).orElse(null);
        if (found == null) {
            removeAll();
            add(new H2(getTranslation("journey.error.not-found", String.valueOf(parameter))));
            return;
        }
        id = found.id();
        journey = found;
        draft = found.draft();
        published = lastPublished();
        choices = choices();
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

    private StepChoices choices() {
        List<Choice> all = new ArrayList<>();
        List<Choice> lists = new ArrayList<>();
        segments.all().forEach(s -> {
            Choice choice = new Choice(String.valueOf(s.id()), s.name());
            all.add(choice);
            if (s.isStatic()) {
                lists.add(choice);
            }
        });
        List<Choice> emails = templates.all().stream()
                .map(t -> new Choice(String.valueOf(t.id()), t.name()))
                .toList();
        List<Choice> events = Arrays.stream(EventType.values())
                .map(e -> new Choice(e.name(), getTranslation(e.labelKey())))
                .toList();
        return new StepChoices(all, lists, emails, events);
    }

    private JourneyGraph fromCanvas(JourneyCanvas.Graph drawn) {
        List<JourneyNode> nodes = new ArrayList<>();
        for (JourneyCanvas.Step step : drawn.nodes()) {
            NodeType type = Arrays.stream(NodeType.values())
                    .filter(t -> t.name().equals(step.type()))
                    .findFirst()
                    .orElse(null);
            if (type != null && step.id() != null && !step.id().isBlank()) {
                nodes.add(new JourneyNode(step.id(), type, step.settings(), step.x(), step.y()));
            }
        }
        List<JourneyEdge> edges = drawn.edges().stream()
                .filter(e -> e.from() != null && e.output() != null && e.to() != null)
                .map(e -> new JourneyEdge(e.from(), e.output(), e.to()))
                .toList();
        return new JourneyGraph(nodes, edges, draft.settings());
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
            error(getTranslation(refused.messageKey(), refused.arguments()));
            canvas.setGraph(picture.graph(draft));
            return false;
        }
    }

    private void undo() {
        history.undo(draft).ifPresent(previous -> {
            save(previous, true);
            refresh();
            showSide();
        });
    }

    private void redo() {
        history.redo(draft).ifPresent(next -> {
            save(next, true);
            refresh();
            showSide();
        });
    }

    /** Reads the problems and figures again and redraws the steps and the header with them. */
    private void refresh() {
        journey = journeys.find(id).orElse(journey);
        problems = journeys.problems(id);
        figures = journey.status() == JourneyStatus.DRAFT ? Map.of() : statistics.steps(id);
        boolean stopped = journey.status() == JourneyStatus.STOPPED;
        canvas.setView(picture.view(draft, problems, figures, stopped));
        title.setText(journey.name());
        status.setText(statusText());
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + statusTheme());
        boolean unpublished = journey.liveVersion() == null || (published != null && !published.equals(draft));
        problemCount.setVisible(!stopped && (unpublished || !problems.isEmpty()));
        problemCount.setText(
                problems.isEmpty()
                        ? getTranslation("journey.problems.none")
                        : getTranslation("journey.problems.count", problems.size()));
        problemCount.getElement().getThemeList().clear();
        problemCount.getElement().getThemeList().add(problems.isEmpty() ? "badge success" : "badge error");
        saved.setText(getTranslation(
                "journey.saved-at",
                StaffTimeZone.format(journey.draftSavedAt(), StaffTimeZone.current(), getLocale())));
        undo.setEnabled(history.canUndo() && !stopped);
        redo.setEnabled(history.canRedo() && !stopped);
        publish.setEnabled(!stopped);
        pause.setVisible(journey.status() == JourneyStatus.LIVE);
        resume.setVisible(journey.status() == JourneyStatus.PAUSED);
        stop.setVisible(!stopped && journey.liveVersion() != null);
        enrol.setVisible(journey.status() == JourneyStatus.LIVE);
        if (stepPanel != null) {
            stepNode().ifPresent(node -> stepPanel.update(parts(node)));
        }
    }

    private JourneyGraph lastPublished() {
        List<JourneyVersion> versions = journeys.versions(id);
        return versions.isEmpty() ? null : versions.getLast().graph();
    }

    private String statusText() {
        String state =
                getTranslation("journey.status." + journey.status().name().toLowerCase(java.util.Locale.ROOT));
        if (journey.liveVersion() == null) {
            return state;
        }
        boolean changed = published != null && !published.equals(draft);
        return getTranslation(
                changed ? "journey.status.version-changed" : "journey.status.version", state, journey.liveVersion());
    }

    private String statusTheme() {
        return switch (journey.status()) {
            case LIVE -> "success";
            case PAUSED -> "contrast";
            case STOPPED -> "error";
            case DRAFT -> "";
        };
    }

    private void pick(String nodeId) {
        if (!Objects.equals(nodeId, selected)) {
            selected = nodeId;
            showSide();
        }
    }

    /** The side panel: the picked step's, or the journey's settings when no step is picked. */
    private void showSide() {
        side.removeAll();
        stepPanel = null;
        JourneyNode node = stepNode().orElse(null);
        boolean stopped = journey.status() == JourneyStatus.STOPPED;
        shown = node == null ? null : node.id();
        if (node == null) {
            side.add(new JourneySettingsPanel(
                    journey,
                    draft.settings(),
                    problems.stream()
                            .filter(p -> p.nodeId() == null)
                            .map(picture::problem)
                            .toList(),
                    journeys.versions(id),
                    stopped,
                    this::rename,
                    settings -> change(draft.withSettings(settings), false)));
            return;
        }
        stepPanel = new StepPanel(
                node,
                draft.nodes().stream().filter(n -> !n.id().equals(node.id())).toList(),
                choices,
                parts(node),
                new JsonRules(json, segments),
                stopped,
                settings -> change(withSettings(node.id(), settings), true),
                () -> remove(node.id()));
        side.add(stepPanel);
    }

    private java.util.Optional<JourneyNode> stepNode() {
        return draft.nodes().stream().filter(n -> n.id().equals(selected)).findFirst();
    }

    /** What the step panel shows besides the settings: the step's problems and figures, as read last. */
    private StepPanel.Parts parts(JourneyNode node) {
        return new StepPanel.Parts(
                problems.stream()
                        .filter(p -> node.id().equals(p.nodeId()))
                        .map(picture::problem)
                        .toList(),
                figures.get(node.id()),
                node.type() == NodeType.EXPERIMENT ? statistics.experiments(id).get(node.id()) : null);
    }

    private JourneyGraph withSettings(String nodeId, Map<String, String> settings) {
        return new JourneyGraph(
                draft.nodes().stream()
                        .map(n -> n.id().equals(nodeId) ? new JourneyNode(n.id(), n.type(), settings, n.x(), n.y()) : n)
                        .toList(),
                draft.edges(),
                draft.settings());
    }

    private void remove(String nodeId) {
        selected = null;
        canvas.setSelected(null);
        change(
                new JourneyGraph(
                        draft.nodes().stream()
                                .filter(n -> !n.id().equals(nodeId))
                                .toList(),
                        draft.edges().stream()
                                .filter(e -> !e.from().equals(nodeId) && !e.to().equals(nodeId))
                                .toList(),
                        draft.settings()),
                true);
        showSide();
    }

    /** Renames the journey; a refusal (blank, taken) goes back to the name field that asked. */
    private void rename(String name) {
        journey = journeys.rename(id, name);
        refresh();
    }

    private void publish() {
        try {
            JourneyVersion version = journeys.publish(id, by());
            published = version.graph();
            Notification.show(getTranslation("journey.published", version.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (JourneyNotPublishable notYet) {
            error(getTranslation(
                    "journey.error.not-publishable", notYet.problems().size()));
        } catch (RefusedException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
        showSide();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey));
        } catch (RefusedException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
        showSide();
    }

    private void confirmStop() {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("journey.stop.title", journey.name()));
        dialog.add(new Span(getTranslation("journey.stop.text")));
        Button confirm = new Button(getTranslation("journey.stop"), e -> {
            dialog.close();
            act(() -> journeys.stop(id), "journey.stopped");
        });
        confirm.setId("journey-stop-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("journey.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void duplicate() {
        new NameDialog(getTranslation("journey.duplicate"), getTranslation("journey.copy-of", journey.name()), name -> {
                    Journey copy = journeys.duplicate(id, name, by());
                    getUI().ifPresent(ui -> ui.navigate(JourneyEditorView.class, copy.id()));
                })
                .open();
    }

    private void enrol(List<Long> customerIds) {
        try {
            int enrolled = journeys.enrol(id, customerIds).size();
            Notification.show(getTranslation("journey.enrolled", enrolled, customerIds.size()));
        } catch (RefusedException refused) {
            error(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private String by() {
        return authentication.getPrincipalName().orElse("system");
    }

    @Override
    public String getPageTitle() {
        return (journey == null ? "" : journey.name() + " · ") + getTranslation("nav.journeys") + " · Cairn";
    }
}
