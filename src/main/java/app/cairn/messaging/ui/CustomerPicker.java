package app.cairn.messaging.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import com.vaadin.flow.component.combobox.ComboBox;

/** Picks a customer by the start of a name or e-mail address, a page of matches at a time. */
class CustomerPicker extends ComboBox<CustomerSummary> {

    CustomerPicker(String label, CustomerManagement customers) {
        super(label);
        setItemLabelGenerator(c -> c.displayName() + (c.email() == null ? "" : " <" + c.email() + ">"));
        setItems(query ->
                customers.lookUp(query.getFilter().orElse(null), query.getOffset(), query.getLimit()).stream());
    }
}
