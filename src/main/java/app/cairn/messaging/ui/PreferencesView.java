package app.cairn.messaging.ui;

import app.cairn.messaging.EmailPreferences;
import app.cairn.messaging.LinkStatus;
import app.cairn.messaging.PreferenceCentre;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The preference centre, opened by the signed link in a message without signing in: e-mail at all, and each topic
 * on its own. A link that is not genuine or has expired shows only that.
 */
@Route(value = "preferences", autoLayout = false)
@AnonymousAllowed
public class PreferencesView extends RecipientPage {

    private final transient EmailPreferences preferences;

    /** Builds the page over the messaging module's API. */
    public PreferencesView(EmailPreferences preferences) {
        super("preferences.title");
        this.preferences = preferences;
    }

    @Override
    LinkStatus status(String token) {
        return preferences.preferenceCentreLink(token);
    }

    @Override
    boolean show(String token) {
        PreferenceCentre centre = preferences.centre(token).orElse(null);
        if (centre == null) {
            return false;
        }
        add(new Paragraph(getTranslation("preferences.for", centre.address())));
        Checkbox all = new Checkbox(getTranslation("preferences.all"), centre.subscribed());
        all.setId("preferences-all");
        add(all);
        Map<Long, Checkbox> topics = new HashMap<>();
        for (PreferenceCentre.TopicChoice choice : centre.topics()) {
            Checkbox box = new Checkbox(choice.topic().name(), choice.subscribed());
            box.setId("preferences-topic-" + choice.topic().id());
            if (choice.topic().description() != null) {
                box.setHelperText(choice.topic().description());
            }
            topics.put(choice.topic().id(), box);
            add(box);
        }
        Paragraph saved = new Paragraph();
        saved.setId("preferences-saved");
        Button save = new Button(getTranslation("preferences.save"), e -> {
            Set<Long> subscribed = new HashSet<>();
            topics.forEach((id, box) -> {
                if (box.getValue()) {
                    subscribed.add(id);
                }
            });
            preferences.save(token, all.getValue(), subscribed);
            saved.setText(getTranslation("preferences.saved"));
        });
        save.setId("preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save, saved);
        return true;
    }
}
