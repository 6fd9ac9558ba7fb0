package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.Poller;
import app.cairn.support.TicketMessage;
import app.cairn.support.WebForms;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;

/**
 * The public contact page (no sign-in, in the visitor's language): name, e-mail address, order number, subject and
 * message open a ticket, and the page then shows its number, and an answer when self-service sends one at once. A
 * field people never see catches bots.
 */
@Route(value = "contact", autoLayout = false)
@AnonymousAllowed
public class ContactView extends VerticalLayout implements HasDynamicTitle {

    private static final int ANSWER_WAIT_SECONDS = 20;

    private final Poller poller = new Poller();

    /** Builds the page over the support module's API. */
    public ContactView(WebForms forms) {
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        TextField name = new TextField(getTranslation("support.contact.name"));
        name.setId("contact-name");
        EmailField email = new EmailField(getTranslation("support.contact.email"));
        email.setId("contact-email");
        email.setRequiredIndicatorVisible(true);
        TextField order = new TextField(getTranslation("support.contact.order"));
        order.setId("contact-order");
        TextField subject = new TextField(getTranslation("support.field.subject-short"));
        subject.setId("contact-subject");
        subject.setRequiredIndicatorVisible(true);
        TextArea message = new TextArea(getTranslation("support.contact.message"));
        message.setId("contact-message");
        message.setRequiredIndicatorVisible(true);
        message.setMinHeight("10rem");
        TextField website = new TextField("Website");
        website.setId("contact-website");
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("tabindex", "-1");
        website.getElement().setAttribute("autocomplete", "off");
        website.getStyle()
                .set("position", "absolute")
                .set("left", "-10000px")
                .set("height", "1px")
                .set("overflow", "hidden");
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, order, subject, message}) {
            field.setWidthFull();
        }
        Paragraph error = new Paragraph();
        error.setId("contact-error");
        Button send = new Button(getTranslation("support.contact.send"));
        send.setId("contact-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation("support.contact.title")),
                new Paragraph(getTranslation("support.contact.intro")),
                name,
                email,
                order,
                subject,
                message,
                website,
                error,
                send);
        send.addClickListener(e -> {
            try {
                WebForms.Outcome outcome = forms.submit(
                        new WebForms.Submission(
                                name.getValue(),
                                email.getValue(),
                                order.getValue(),
                                subject.getValue(),
                                message.getValue(),
                                website.getValue()),
                        source(),
                        getLocale());
                removeAll();
                add(new H2(getTranslation("support.contact.title")));
                Paragraph thanks = new Paragraph(
                        outcome.ticketNumber() == null
                                ? getTranslation("support.contact.thanks")
                                : getTranslation(
                                        outcome.confirmed()
                                                ? "support.contact.thanks-confirmed"
                                                : "support.contact.thanks-number",
                                        Long.toString(outcome.ticketNumber()),
                                        email.getValue()));
                thanks.setId("contact-thanks");
                add(thanks);
                if (outcome.ticketNumber() != null) {
                    awaitAnswer(forms, outcome.ticketNumber());
                }
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
    }

    /**
     * Watches for an answer sent at once (self-service) for up to {@value #ANSWER_WAIT_SECONDS} seconds and shows it
     * below the thanks: the same reply the customer is e-mailed, with its links.
     */
    private void awaitAnswer(WebForms forms, long ticketNumber) {
        int[] polls = {0};
        poller.start(1000, () -> {
            Optional<TicketMessage> reply = forms.firstReply(ticketNumber);
            if (reply.isPresent()) {
                poller.stop();
                Div answer = new Div();
                answer.setId("contact-answer");
                answer.getStyle()
                        .set("border", "1px solid var(--lumo-contrast-10pct)")
                        .set("border-radius", "var(--lumo-border-radius-m)")
                        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
                Div body = new Div();
                if (reply.get().html() != null) {
                    body.getElement().setProperty("innerHTML", reply.get().html());
                } else {
                    body.setText(reply.get().displayText());
                    body.getStyle().set("white-space", "pre-wrap");
                }
                answer.add(new H3(getTranslation("support.contact.answer")), body);
                add(answer);
            } else if (++polls[0] >= ANSWER_WAIT_SECONDS) {
                poller.stop();
            }
        });
    }

    private static String source() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.contact.title");
    }
}
