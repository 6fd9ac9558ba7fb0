package app.cairn.journey.ui;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyProblem;
import app.cairn.journey.JourneyStatus;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Locale;

/**
 * The top of a journey's page: its name, status, problem count and when the draft was saved, and the buttons to
 * undo, redo, publish, pause, resume, stop, duplicate, enrol by hand and fold the side panel — each shown only
 * when it applies.
 */
class EditorHeader extends VerticalLayout {

    /** What the buttons do. */
    record Actions(
            Runnable undo,
            Runnable redo,
            Runnable publish,
            Runnable pause,
            Runnable resume,
            Runnable stop,
            Runnable duplicate,
            Runnable enrol,
            Runnable toggleSide) {}

    private final H2 title = new H2();
    private final Span status = new Span();
    private final Span saved = new Span();
    private final Span problemCount = new Span();
    private final Button undo;
    private final Button redo;
    private final Button publish;
    private final Button pause;
    private final Button resume;
    private final Button stop;
    private final Button enrol;
    private final Button toggleSide;

    EditorHeader(Actions actions) {
        setPadding(false);
        setSpacing(false);
        title.setId("journey-title");
        title.getStyle().set("margin", "0");
        status.setId("journey-status");
        saved.setId("journey-saved");
        saved.getStyle().set("color", "var(--lumo-secondary-text-color)");
        problemCount.setId("journey-problem-count");
        undo = button("journey-undo", "journey.undo", actions.undo());
        undo.setIcon(VaadinIcon.ROTATE_LEFT.create());
        undo.addClickShortcut(Key.KEY_Z, KeyModifier.CONTROL);
        redo = button("journey-redo", "journey.redo", actions.redo());
        redo.setIcon(VaadinIcon.ROTATE_RIGHT.create());
        redo.addClickShortcut(Key.KEY_Y, KeyModifier.CONTROL);
        publish = button("journey-publish", "journey.publish", actions.publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pause = button("journey-pause", "journey.pause", actions.pause());
        resume = button("journey-resume", "journey.resume", actions.resume());
        stop = button("journey-stop", "journey.stop", actions.stop());
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button duplicate = button("journey-duplicate", "journey.duplicate", actions.duplicate());
        enrol = button("journey-enrol", "journey.enrol", actions.enrol());
        toggleSide = button("journey-toggle-side", "journey.side.hide", actions.toggleSide());
        toggleSide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout heading = new HorizontalLayout(title, status, problemCount, saved);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout buttons =
                new HorizontalLayout(undo, redo, publish, pause, resume, stop, duplicate, enrol, toggleSide);
        buttons.setWidthFull();
        buttons.setFlexGrow(1, enrol);
        add(heading, buttons);
    }

    private Button button(String id, String textKey, Runnable action) {
        Button button = new Button(getTranslation(textKey), e -> action.run());
        button.setId(id);
        return button;
    }

    /**
     * Shows the journey as it is now.
     *
     * @param changedSincePublished whether the draft differs from the last published version
     */
    void show(
            Journey journey,
            List<JourneyProblem> problems,
            boolean changedSincePublished,
            boolean canUndo,
            boolean canRedo) {
        boolean stopped = journey.status() == JourneyStatus.STOPPED;
        title.setText(journey.name());
        status.setText(statusText(journey, changedSincePublished));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge " + statusTheme(journey.status()));
        boolean unpublished = journey.liveVersion() == null || changedSincePublished;
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
        undo.setEnabled(canUndo && !stopped);
        redo.setEnabled(canRedo && !stopped);
        publish.setEnabled(!stopped);
        pause.setVisible(journey.status() == JourneyStatus.LIVE);
        resume.setVisible(journey.status() == JourneyStatus.PAUSED);
        stop.setVisible(!stopped && journey.liveVersion() != null);
        enrol.setVisible(journey.status() == JourneyStatus.LIVE);
    }

    /** Says whether the side panel is shown, on the button that folds it. */
    void sideShown(boolean shown) {
        toggleSide.setText(getTranslation(shown ? "journey.side.hide" : "journey.side.show"));
    }

    private String statusText(Journey journey, boolean changed) {
        String state =
                getTranslation("journey.status." + journey.status().name().toLowerCase(Locale.ROOT));
        if (journey.liveVersion() == null) {
            return state;
        }
        return getTranslation(
                changed ? "journey.status.version-changed" : "journey.status.version", state, journey.liveVersion());
    }

    private static String statusTheme(JourneyStatus status) {
        return switch (status) {
            case LIVE -> "success";
            case PAUSED -> "contrast";
            case STOPPED -> "error";
            case DRAFT -> "";
        };
    }
}
