package app.cairn.customer.ui;

import app.cairn.customer.CustomerDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** A dumb form for a customer's editable details: shows them and fires {@link SaveEvent} with what was typed. */
public class CustomerDetailsForm extends FormLayout {

    final TextField email = field("customer-email", "customer.field.email");
    final TextField firstName = field("customer-first-name", "customer.field.first-name");
    final TextField lastName = field("customer-last-name", "customer.field.last-name");
    final TextField phone = field("customer-phone", "customer.field.phone");
    final TextField country = field("customer-country", "customer.field.country");
    final TextField city = field("customer-city", "customer.field.city");
    final TextField timeZone = field("customer-time-zone", "customer.field.time-zone");
    final TextField language = field("customer-language", "customer.field.language");
    final DatePicker birthday = new DatePicker();
    final Button save = new Button();

    /** Builds the empty form. */
    public CustomerDetailsForm() {
        setId("customer-details");
        birthday.setId("customer-birthday");
        birthday.setLabel(getTranslation("customer.field.birthday"));
        save.setId("customer-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> fireEvent(new SaveEvent(this, read())));
        add(email, firstName, lastName, phone, country, city, timeZone, language, birthday, save);
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }

    /** Shows the details. */
    public void setDetails(CustomerDetails details) {
        email.setValue(orEmpty(details.email()));
        firstName.setValue(orEmpty(details.firstName()));
        lastName.setValue(orEmpty(details.lastName()));
        phone.setValue(orEmpty(details.phone()));
        country.setValue(orEmpty(details.country()));
        city.setValue(orEmpty(details.city()));
        timeZone.setValue(orEmpty(details.timeZone()));
        language.setValue(orEmpty(details.language()));
        birthday.setValue(details.birthday());
    }

    CustomerDetails read() {
        return new CustomerDetails(
                email.getValue(),
                firstName.getValue(),
                lastName.getValue(),
                phone.getValue(),
                country.getValue(),
                city.getValue(),
                timeZone.getValue(),
                language.getValue(),
                birthday.getValue());
    }

    /** Registers a listener for save. */
    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The user asked to save these details (not yet checked: the module normalises and checks them). */
    public static class SaveEvent extends ComponentEvent<CustomerDetailsForm> {
        private final CustomerDetails details;

        SaveEvent(CustomerDetailsForm source, CustomerDetails details) {
            super(source, false);
            this.details = details;
        }

        /** What the form holds. */
        public CustomerDetails details() {
            return details;
        }
    }
}
