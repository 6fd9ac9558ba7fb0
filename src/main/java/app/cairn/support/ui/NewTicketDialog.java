package app.cairn.support.ui;

import app.cairn.shared.RefusedException;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketPriority;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.LongConsumer;

/** An agent opens a ticket on a customer's behalf (a phone call, a chat): the customer by e-mail, a subject, the request. */
final class NewTicketDialog extends Dialog {

    NewTicketDialog(TicketManagement tickets, Actor actor, LongConsumer opened) {
        setHeaderTitle(getTranslation("support.new.title"));
        EmailField email = new EmailField(getTranslation("support.new.customer-email"));
        email.setId("new-ticket-email");
        email.setRequiredIndicatorVisible(true);
        TextField subject = new TextField(getTranslation("support.field.subject-short"));
        subject.setId("new-ticket-subject");
        subject.setRequiredIndicatorVisible(true);
        TextArea text = new TextArea(getTranslation("support.new.request"));
        text.setId("new-ticket-text");
        text.setRequiredIndicatorVisible(true);
        ComboBox<TicketPriority> priority = new ComboBox<>(getTranslation("support.field.priority"));
        priority.setItems(TicketPriority.values());
        priority.setItemLabelGenerator(p -> TicketLabels.label(this, p));
        priority.setValue(TicketPriority.NORMAL);
        Paragraph error = new Paragraph();
        error.setId("new-ticket-error");
        error.addClassName("cairn-error");
        VerticalLayout form = new VerticalLayout(email, subject, text, priority, error);
        form.setPadding(false);
        subject.setWidthFull();
        text.setWidthFull();
        email.setWidthFull();
        add(form);
        Button create = new Button(getTranslation("support.new.create"), e -> {
            try {
                long number = tickets.open(
                                new NewTicket(
                                        subject.getValue(),
                                        null,
                                        email.getValue(),
                                        null,
                                        TicketChannel.AGENT,
                                        text.getValue(),
                                        null,
                                        true,
                                        priority.getValue(),
                                        null,
                                        null,
                                        null,
                                        Set.of()),
                                actor)
                        .number();
                close();
                opened.accept(number);
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        create.setId("new-ticket-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("support.cancel"), e -> close()), create);
        setWidth("36rem");
    }
}
