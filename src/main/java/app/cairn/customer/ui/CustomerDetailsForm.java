package app.cairn.customer.ui;

import app.cairn.customer.CustomerDetails;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** A dumb form for a customer's editable details: shows them and fires {@link SaveEvent} with what was typed. */
public class CustomerDetailsForm extends FormLayout {

    final TextField email = field("customer-email", "customer.field.email");
    final TextField firstName = field("customer-first-name", "customer.field.first-name");
    final TextField lastName = field("customer-last-name", "customer.field.last-name");
    final TextField phone = field("customer-phone", "customer.field.phone");
    final ComboBox<String> country = picker("customer-country", "customer.field.country");
    final TextField city = field("customer-city", "customer.field.city");
    final ComboBox<String> timeZone = picker("customer-time-zone", "customer.field.time-zone");
    final ComboBox<String> language = picker("customer-language", "customer.field.language");
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
        country.setItemLabelGenerator(this::countryLabel);
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(this::countryLabel))
                .toList());
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
                .sorted()
                .toList());
        language.setItemLabelGenerator(this::languageLabel);
        language.setItems(Arrays.stream(Locale.getAvailableLocales())
                .filter(locale -> !locale.getLanguage().isEmpty()
                        && locale.getVariant().isEmpty()
                        && locale.getScript().isEmpty())
                .map(Locale::toLanguageTag)
                .distinct()
                .sorted(Comparator.comparing(this::languageLabel))
                .toList());
        add(email, firstName, lastName, phone, country, city, timeZone, language, birthday, save);
    }

    /** A list to pick from; a value typed that is not in it is kept as typed, for the module to check. */
    private ComboBox<String> picker(String id, String labelKey) {
        ComboBox<String> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setClearButtonVisible(true);
        picker.setAllowCustomValue(true);
        picker.addCustomValueSetListener(event -> picker.setValue(event.getDetail()));
        return picker;
    }

    private String countryLabel(String code) {
        String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(getLocale());
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private String languageLabel(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayName(getLocale());
        return name.isBlank() ? tag : name + " · " + tag;
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
        country.setValue(details.country());
        city.setValue(orEmpty(details.city()));
        timeZone.setValue(details.timeZone());
        language.setValue(details.language());
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
