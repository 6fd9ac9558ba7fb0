package app.cairn.journey.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.journey.Journey;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNotPublishable;
import app.cairn.journey.JourneyVersion;
import app.cairn.shared.RefusedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the journey page's buttons do to the journey as a whole — publish, pause, resume, stop (after asking),
 * duplicate and enrol by hand — each telling the outcome, a refusal included, and then {@code changed} so the page
 * shows the journey as it is now.
 */
final class JourneyCommands {

    private final JourneyManagement journeys;
    private final CustomerManagement customers;
    private final Component page;
    private final long id;
    private final String by;
    private final Runnable changed;

    JourneyCommands(
            JourneyManagement journeys,
            CustomerManagement customers,
            Component page,
            long id,
            String by,
            Runnable changed) {
        this.journeys = journeys;
        this.customers = customers;
        this.page = page;
        this.id = id;
        this.by = by;
        this.changed = changed;
    }

    /** Publishes the draft; answers the version's graph, or null when it could not be published. */
    void publish(Consumer<JourneyVersion> published) {
        try {
            JourneyVersion version = journeys.publish(id, by);
            published.accept(version);
            Notification.show(page.getTranslation("journey.published", version.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (JourneyNotPublishable notYet) {
            error(page.getTranslation(
                    "journey.error.not-publishable", notYet.problems().size()));
        } catch (RefusedException refused) {
            error(page.getTranslation(refused.messageKey(), refused.arguments()));
        }
        changed.run();
    }

    void pause() {
        act(() -> journeys.pause(id), "journey.paused");
    }

    void resume() {
        act(() -> journeys.resume(id), "journey.resumed");
    }

    /** Asks, naming the journey, before stopping it for good. */
    void stop(String name) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(page.getTranslation("journey.stop.title", name));
        dialog.add(new Span(page.getTranslation("journey.stop.text")));
        Button confirm = new Button(page.getTranslation("journey.stop"), e -> {
            dialog.close();
            act(() -> journeys.stop(id), "journey.stopped");
        });
        confirm.setId("journey-stop-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(page.getTranslation("journey.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    /** Asks for a name and opens the copy. */
    void duplicate(String name) {
        new NameDialog(
                        page.getTranslation("journey.duplicate"),
                        page.getTranslation("journey.copy-of", name),
                        copyName -> {
                            Journey copy = journeys.duplicate(id, copyName, by);
                            page.getUI().ifPresent(ui -> ui.navigate(JourneyEditorView.class, copy.id()));
                        })
                .open();
    }

    /** Asks whom to enrol, and enrols them. */
    void enrol() {
        new EnrolDialog(customers, this::enrol).open();
    }

    private void enrol(List<Long> customerIds) {
        try {
            int enrolled = journeys.enrol(id, customerIds).size();
            Notification.show(page.getTranslation("journey.enrolled", enrolled, customerIds.size()));
        } catch (RefusedException refused) {
            error(page.getTranslation(refused.messageKey(), refused.arguments()));
        }
        changed.run();
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notification.show(page.getTranslation(doneKey));
        } catch (RefusedException refused) {
            error(page.getTranslation(refused.messageKey(), refused.arguments()));
        }
        changed.run();
    }

    /** Shows a refusal in the middle of the page. */
    static void error(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
