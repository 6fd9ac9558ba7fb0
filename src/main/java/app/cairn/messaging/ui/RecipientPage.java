package app.cairn.messaging.ui;

import app.cairn.messaging.LinkStatus;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;

/**
 * A page a message's recipient opens from a signed link, without signing in: a narrow column with a title, which
 * shows only a notice when the link's token is not genuine or has expired.
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
        LinkStatus status = status(token);
        if (status == LinkStatus.EXPIRED) {
            Paragraph expired = new Paragraph(getTranslation("link.expired"));
            expired.setId("link-expired");
            add(expired);
        } else if (status != LinkStatus.VALID || !show(token)) {
            Paragraph invalid = new Paragraph(getTranslation("unsubscribe.invalid"));
            invalid.setId("link-invalid");
            add(invalid);
        }
    }

    /** Whether the token is genuine and still valid. */
    abstract LinkStatus status(String token);

    /** Fills the page for a valid token; answers false when there is nothing to show (the page then says so). */
    abstract boolean show(String token);

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
