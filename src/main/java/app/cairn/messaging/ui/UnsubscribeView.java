package app.cairn.messaging.ui;

import app.cairn.messaging.EmailPreferences;
import app.cairn.messaging.LinkStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page a recipient reaches from a message's unsubscribe link, without signing in: one button unsubscribes
 * from all e-mail, and a link leads to the preference centre instead. A link that is not genuine or has expired shows only that.
 */
@Route(value = "unsubscribe", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends RecipientPage {

    private final transient EmailPreferences preferences;

    /** Builds the page over the messaging module's API. */
    public UnsubscribeView(EmailPreferences preferences) {
        super("unsubscribe.title");
        this.preferences = preferences;
    }

    @Override
    LinkStatus status(String token) {
        return preferences.unsubscribeLink(token);
    }

    @Override
    boolean show(String token) {
        Paragraph question = new Paragraph(getTranslation("unsubscribe.question"));
        Button confirm = new Button(getTranslation("unsubscribe.confirm"));
        confirm.setId("unsubscribe-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            preferences.unsubscribe(token);
            question.setText(getTranslation("unsubscribe.done"));
            question.setId("unsubscribe-done");
            confirm.setVisible(false);
        });
        add(question, confirm);
        preferences.preferencesLink(token).ifPresent(link -> {
            Anchor centre = new Anchor(link, getTranslation("unsubscribe.preferences"));
            centre.setId("unsubscribe-preferences");
            add(centre);
        });
        return true;
    }
}
