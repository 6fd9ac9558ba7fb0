package app.cairn.platform.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for an exception nobody handled in the UI: logs it in full under a short reference and
 * shows the staff member a notification with that reference, not a stack trace.
 */
public class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String reference = newReference();
        log.error("Unhandled error in the UI [ref {}]", reference, event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = Notification.show(
                        ui.getTranslation("error.unexpected", reference), 8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setId("error-notification");
            });
        }
    }

    /** A short reference that ties the notification a user saw to the log entry. */
    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
