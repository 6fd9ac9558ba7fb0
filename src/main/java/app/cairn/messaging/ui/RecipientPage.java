package app.cairn.messaging.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * A page a message's recipient opens from a signed link, without signing in: a narrow column with a title, which
 * shows only a notice when the link's token is not genuine.
 */
abstract class RecipientPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final String titleKey;

    RecipientPage(String titleKey) {
        this.titleKey = titleKey;
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public final void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H2(getTranslation(titleKey)));
        if (!show(token)) {
            Paragraph invalid = new Paragraph(getTranslation("unsubscribe.invalid"));
            invalid.setId("link-invalid");
            add(invalid);
        }
    }

    /** Fills the page for the token; answers false when the token is not genuine (the page then says so). */
    abstract boolean show(String token);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
