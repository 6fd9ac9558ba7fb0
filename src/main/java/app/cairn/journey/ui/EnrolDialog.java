package app.cairn.journey.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/** Picks customers by name or e-mail address to enrol in a live journey by hand. */
class EnrolDialog extends Dialog {

    EnrolDialog(CustomerManagement customers, SerializableConsumer<List<Long>> onEnrol) {
        setHeaderTitle(getTranslation("journey.enrol"));
        MultiSelectComboBox<CustomerSummary> picked = new MultiSelectComboBox<>(getTranslation("journey.enrol.who"));
        picked.setId("journey-enrol-customers");
        picked.setWidth("28rem");
        picked.setItemLabelGenerator(c -> c.displayName() + (c.email() == null ? "" : " <" + c.email() + ">"));
        picked.setItems(query ->
                customers.lookUp(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
        Button enrol = new Button(getTranslation("journey.enrol"), e -> {
            onEnrol.accept(picked.getValue().stream().map(CustomerSummary::id).toList());
            close();
        });
        enrol.setEnabled(false);
        picked.addValueChangeListener(e -> enrol.setEnabled(!e.getValue().isEmpty()));
        enrol.setId("journey-enrol-confirm");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("journey.enrol.help")), picked);
        getFooter().add(new Button(getTranslation("journey.cancel"), e -> close()), enrol);
    }
}
