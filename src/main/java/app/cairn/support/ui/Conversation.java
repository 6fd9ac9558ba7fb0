package app.cairn.support.ui;

import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.Attachment;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.MessageReading;
import app.cairn.support.TicketFiles;
import app.cairn.support.TicketMessage;
import app.cairn.textanalysis.Aspect;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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

    /**
     * Shows these messages, naming staff authors from {@code staffNames}, each customer message with what text
     * analysis read in it.
     */
    void show(
            List<TicketMessage> messages,
            String customerName,
            Map<Long, String> staffNames,
            TicketFiles files,
            Map<Long, MessageReading> readings) {
        removeAll();
        for (TicketMessage message : messages) {
            Div box = message(message, customerName, staffNames);
            MessageReading reading = readings.get(message.id());
            if (reading != null) {
                box.add(reading(reading));
            }
            files(box, message, files);
            add(box);
        }
    }

    /** The sentiment of a message and the feeling about each thing it talks about, in one small line. */
    private Div reading(MessageReading reading) {
        Div line = new Div();
        line.addClassName("ticket-message-reading");
        line.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "var(--lumo-space-xs)");
        line.add(TicketLabels.badge(this, reading.sentiment()));
        for (Aspect aspect : reading.aspects()) {
            Span chip = new Span(aspect.phrase() + ": "
                    + getTranslation("sentiment." + aspect.sentiment().name()));
            chip.getElement().getThemeList().add("badge small contrast");
            chip.addClassName("ticket-aspect");
            line.add(chip);
        }
        return line;
    }

    /** The message's attachments as downloads (or why one was not kept), and its e-mail as received. */
    private void files(Div box, TicketMessage message, TicketFiles files) {
        Div links = new Div();
        links.addClassName("ticket-files");
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        for (Attachment attachment : files.attachments().getOrDefault(message.id(), List.of())) {
            String size = sizeText(attachment.size());
            if (attachment.kept()) {
                Anchor link = new Anchor(
                        TicketFiles.attachmentPath(attachment.id()), "📎 " + attachment.fileName() + " (" + size + ")");
                link.getElement().setAttribute("download", true);
                link.setRouterIgnore(true);
                link.addClassName("ticket-attachment");
                links.add(link);
            } else {
                Span refused = new Span(getTranslation(
                        "support.attachment.refused." + attachment.refused().toLowerCase(java.util.Locale.ROOT),
                        attachment.fileName(),
                        size));
                refused.addClassName("ticket-attachment-refused");
                refused.getStyle().set("color", "var(--lumo-error-text-color)");
                links.add(refused);
            }
        }
        if (files.rawMessages().contains(message.id())) {
            Anchor raw = new Anchor(TicketFiles.rawPath(message.id()), getTranslation("support.message.raw"));
            raw.getElement().setAttribute("download", true);
            raw.setRouterIgnore(true);
            raw.addClassName("ticket-raw");
            raw.getStyle().set("font-size", "var(--lumo-font-size-s)");
            links.add(raw);
        }
        if (links.getComponentCount() > 0) {
            box.add(links);
        }
    }

    private String sizeText(long bytes) {
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return getTranslation("support.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("support.size.kb", number.format(bytes / 1024.0));
        }
        return getTranslation("support.size.mb", number.format(bytes / (1024.0 * 1024)));
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
