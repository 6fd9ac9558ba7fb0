package app.cairn.support.ui;

import app.cairn.support.Macro;
import app.cairn.support.TicketStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;

/**
 * Where an agent writes: a public reply (then setting the ticket's status) or an internal note, from scratch or from
 * a canned reply. Ctrl+Enter sends the reply. The page decides what sending does; the box only says what was asked.
 */
final class ReplyBox extends VerticalLayout {

    /** What the agent asked for. */
    interface Listener {
        /** Send the text as a public reply, then set the status (null: leave it). */
        void reply(String text, TicketStatus then);

        /** Keep the text as an internal note. */
        void note(String text);

        /** Put this canned reply, filled in for the ticket, in the box. */
        void macro(Macro macro);
    }

    private final TextArea text = new TextArea();
    private final ComboBox<TicketStatus> then = new ComboBox<>();
    private final Paragraph message = new Paragraph();

    ReplyBox(Listener listener, List<Macro> macros) {
        setId("ticket-reply-box");
        setPadding(false);
        ComboBox<Macro> canned = new ComboBox<>();
        canned.setId("reply-macro");
        canned.setPlaceholder(getTranslation("support.reply.macro"));
        canned.setItems(macros.stream().filter(m -> !m.archived()).toList());
        canned.setItemLabelGenerator(Macro::name);
        canned.setWidth("20rem");
        canned.setVisible(!macros.isEmpty());
        canned.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.macro(e.getValue());
                canned.clear();
            }
        });
        add(canned);
        text.setId("reply-text");
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setPlaceholder(getTranslation("support.reply.placeholder"));
        then.setId("reply-then");
        then.setItems(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD, TicketStatus.SOLVED);
        then.setItemLabelGenerator(s -> getTranslation("support.reply.then", TicketLabels.label(this, s)));
        then.setValue(TicketStatus.PENDING);
        Button reply =
                new Button(getTranslation("support.reply.send"), e -> listener.reply(text.getValue(), then.getValue()));
        reply.setId("reply-send");
        reply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reply.addClickShortcut(Key.ENTER, KeyModifier.CONTROL)
                // the text box gives up its value before the click, so what was typed is what is sent
                .resetFocusOnActiveElement();
        Button note = new Button(getTranslation("support.reply.note"), e -> listener.note(text.getValue()));
        note.setId("reply-note");
        note.addClickShortcut(Key.ENTER, KeyModifier.CONTROL, KeyModifier.SHIFT)
                // the text box gives up its value before the click, so what was typed is what is sent
                .resetFocusOnActiveElement();
        message.setId("reply-message");
        HorizontalLayout actions = new HorizontalLayout(then, reply, note);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(text, actions, message);
    }

    /** Puts a filled-in canned reply in the box, with the status it sets. */
    void fill(Macro.Filled filled) {
        text.setValue(filled.text());
        if (filled.status() != null) {
            then.setValue(filled.status());
        }
    }

    /** Empties the box after a send. */
    void clear() {
        text.clear();
        message.setText("");
    }

    /** Says why a send did not happen. */
    void say(String warning) {
        message.setText(warning);
    }
}
