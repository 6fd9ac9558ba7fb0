package app.cairn.support.ui;

import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.TicketMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;

/**
 * A ticket's messages, oldest first: who wrote each and when, internal notes marked as such, HTML as cleaned when
 * it was kept, and quoted history folded away behind a button.
 */
final class Conversation extends VerticalLayout {

    Conversation() {
        setId("ticket-conversation");
        setPadding(false);
    }

    /** Shows these messages, naming staff authors from {@code staffNames}. */
    void show(List<TicketMessage> messages, String customerName, Map<Long, String> staffNames) {
        removeAll();
        for (TicketMessage message : messages) {
            add(message(message, customerName, staffNames));
        }
    }

    private Div message(TicketMessage message, String customerName, Map<Long, String> staffNames) {
        Div box = new Div();
        box.addClassName("ticket-message");
        box.addClassName(message.kind() == MessageKind.NOTE ? "ticket-note" : "ticket-reply");
        box.getElement().setAttribute("data-kind", message.kind().name().toLowerCase());
        box.getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "100%")
                .set("box-sizing", "border-box")
                .set(
                        "background",
                        message.kind() == MessageKind.NOTE ? "var(--lumo-warning-color-10pct)" : "transparent");
        String author =
                switch (message.authorType()) {
                    case CUSTOMER -> customerName;
                    case STAFF ->
                        staffNames.getOrDefault(message.authorStaffId(), getTranslation("support.author.staff"));
                    case SYSTEM -> getTranslation("support.author.system");
                };
        Span head = new Span(
                author + " · " + StaffTimeZone.format(message.createdAt(), StaffTimeZone.current(), getLocale()));
        head.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        box.add(head);
        if (message.kind() == MessageKind.NOTE) {
            Span note = new Span(getTranslation("support.message.note"));
            note.getElement().getThemeList().add("badge contrast");
            note.getStyle().set("margin-left", "var(--lumo-space-s)");
            box.add(note);
        }
        Div body = new Div();
        body.addClassName("ticket-message-body");
        if (message.html() != null && message.authorType() != AuthorType.SYSTEM && !message.hasQuotedHistory()) {
            // cleaned to formatting and links when it was kept (MessageText)
            body.getElement().setProperty("innerHTML", message.html());
        } else {
            body.setText(message.displayText());
            body.getStyle().set("white-space", "pre-wrap");
        }
        box.add(body);
        if (message.hasQuotedHistory()) {
            Button full = new Button(getTranslation("support.message.show-quoted"));
            full.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            full.addClassName("ticket-show-quoted");
            full.addClickListener(e -> {
                body.setText(message.text());
                full.setVisible(false);
            });
            box.add(full);
        }
        return box;
    }
}
