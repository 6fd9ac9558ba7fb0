package app.cairn.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * Makes a page poll the server while background work it follows is running, and stops the polling when the work
 * ends or the page is left. One per view.
 */
public final class Poller implements Serializable {

    private Registration listener;
    private UI ui;

    /** Starts polling the current UI every {@code intervalMillis}, calling {@code onPoll} each time; once only. */
    public void start(int intervalMillis, Runnable onPoll) {
        if (listener != null) {
            return;
        }
        ui = UI.getCurrent();
        ui.setPollInterval(intervalMillis);
        listener = ui.addPollListener(poll -> onPoll.run());
    }

    /** Stops polling; does nothing when not polling. */
    public void stop() {
        if (listener != null) {
            listener.remove();
            listener = null;
            ui.setPollInterval(-1);
            ui = null;
        }
    }
}
