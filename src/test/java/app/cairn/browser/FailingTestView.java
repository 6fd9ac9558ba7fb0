package app.cairn.browser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A page that exists only in tests: its button fails, to show what the global error handler does. */
@Route("test/failing")
@PermitAll
public class FailingTestView extends VerticalLayout {

    /** The message of the failure, to find it in the log. */
    static final String FAILURE = "deliberate failure for the error-handler test";

    public FailingTestView() {
        Button fail = new Button("Fail", event -> {
            throw new IllegalStateException(FAILURE);
        });
        fail.setId("fail");
        add(fail);
    }
}
