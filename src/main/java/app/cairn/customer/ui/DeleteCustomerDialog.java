package app.cairn.customer.ui;

import app.cairn.customer.CustomerErasure;
import app.cairn.customer.HeldRecords;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Asks before a customer is deleted for good, naming what goes with them (orders, events, e-mails, journeys,
 * memberships, history) kind by kind, and deletes on confirming.
 */
class DeleteCustomerDialog extends Dialog {

    DeleteCustomerDialog(CustomerErasure erasure, long customerId, String name, String by, Runnable deleted) {
        setId("customer-delete-dialog");
        setMaxWidth("36em");
        setHeaderTitle(getTranslation("customer.delete.title", name));
        List<HeldRecords> held = erasure.describe(customerId);
        add(new Paragraph(getTranslation("customer.delete.help", name)));
        UnorderedList list = new UnorderedList();
        list.setId("customer-delete-held");
        list.add(new ListItem(getTranslation("erase.profile")));
        held.forEach(h -> list.add(new ListItem(getTranslation(h.labelKey(), h.count()))));
        add(list, new Paragraph(getTranslation("customer.delete.kept")));
        Button delete = new Button(getTranslation("customer.delete.confirm"), e -> {
            erasure.delete(customerId, by);
            close();
            deleted.run();
        });
        delete.setId("customer-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("removal.cancel"), e -> close()), delete);
    }
}
