package app.cairn.staff.ui;

import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffAccountRules;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A dumb form for one staff account: shows the data, checks it against {@link StaffAccountRules} and fires
 * {@link SaveEvent}, {@link UnlockEvent} or {@link CancelEvent}. It never calls a service.
 */
public class StaffForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final CheckboxGroup<StaffRole> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();
    final Button unlock = new Button();
    final Button cancel = new Button();

    private final Binder<StaffFormData> binder = new Binder<>(StaffFormData.class);
    private StaffFormData data = StaffFormData.blank();

    /** Builds the empty form. */
    public StaffForm() {
        setId("staff-form");
        username.setId("staff-username");
        displayName.setId("staff-display-name");
        email.setId("staff-email");
        password.setId("staff-password");
        roles.setId("staff-roles");
        enabled.setId("staff-enabled");
        save.setId("staff-save");
        unlock.setId("staff-unlock");
        cancel.setId("staff-cancel");
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(role -> getTranslation(role.labelKey()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> validateAndSave());
        unlock.addClickListener(event -> fireEvent(new UnlockEvent(this, data)));
        cancel.addClickListener(event -> fireEvent(new CancelEvent(this, data)));
        bind();
        add(username, displayName, email, password, roles, enabled, new HorizontalLayout(save, unlock, cancel));
        setColspan(roles, 2);
        localise();
    }

    private void bind() {
        binder.forField(username)
                .withValidator(rule(StaffAccountRules::usernameProblem))
                .bind(StaffFormData::getUsername, StaffFormData::setUsername);
        binder.forField(displayName)
                .withValidator(rule(StaffAccountRules::displayNameProblem))
                .bind(StaffFormData::getDisplayName, StaffFormData::setDisplayName);
        binder.forField(email)
                .withValidator(rule(StaffAccountRules::emailProblem))
                .bind(StaffFormData::getEmail, StaffFormData::setEmail);
        binder.forField(password)
                .withValidator((value, context) -> !data.isNew() && value.isEmpty()
                        ? ValidationResult.ok()
                        : result(StaffAccountRules.passwordProblem(value)))
                .bind(StaffFormData::getPassword, StaffFormData::setPassword);
        binder.forField(roles)
                .withValidator(rule(StaffAccountRules::rolesProblem))
                .bind(StaffFormData::getRoles, StaffFormData::setRoles);
        binder.forField(enabled).bind(StaffFormData::isEnabled, StaffFormData::setEnabled);
    }

    private <T> com.vaadin.flow.data.binder.Validator<T> rule(Function<T, Optional<String>> check) {
        return (value, context) -> result(check.apply(value));
    }

    private ValidationResult result(Optional<String> problem) {
        return problem.map(key -> ValidationResult.error(getTranslation(key))).orElse(ValidationResult.ok());
    }

    private void localise() {
        username.setLabel(getTranslation("staff.field.username"));
        displayName.setLabel(getTranslation("staff.field.display-name"));
        email.setLabel(getTranslation("staff.field.email"));
        roles.setLabel(getTranslation("staff.field.roles"));
        enabled.setLabel(getTranslation("staff.field.enabled"));
        save.setText(getTranslation("action.save"));
        unlock.setText(getTranslation("staff.action.unlock"));
        cancel.setText(getTranslation("action.cancel"));
    }

    /** Shows an account, or a blank new one. */
    public void setData(StaffFormData data) {
        this.data = data;
        binder.readBean(data);
        username.setReadOnly(!data.isNew());
        enabled.setVisible(!data.isNew());
        unlock.setVisible(data.isLocked());
        password.setLabel(getTranslation(data.isNew() ? "staff.field.password" : "staff.field.new-password"));
        password.setHelperText(getTranslation("staff.field.password-help", StaffAccountRules.MIN_PASSWORD_LENGTH));
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(data)) {
            fireEvent(new SaveEvent(this, data));
        }
    }

    /** Registers a listener for a valid save. */
    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Registers a listener for the unlock button. */
    public Registration addUnlockListener(ComponentEventListener<UnlockEvent> listener) {
        return addListener(UnlockEvent.class, listener);
    }

    /** Registers a listener for cancel. */
    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** Base of the form's events: carries the form's data. */
    public abstract static class StaffFormEvent extends ComponentEvent<StaffForm> {
        private final transient StaffFormData data;

        protected StaffFormEvent(StaffForm source, StaffFormData data) {
            super(source, false);
            this.data = data;
        }

        /** The data as the form holds it. */
        public StaffFormData data() {
            return data;
        }
    }

    /** The user saved valid data. */
    public static class SaveEvent extends StaffFormEvent {
        SaveEvent(StaffForm source, StaffFormData data) {
            super(source, data);
        }
    }

    /** The user asked to unlock the account. */
    public static class UnlockEvent extends StaffFormEvent {
        UnlockEvent(StaffForm source, StaffFormData data) {
            super(source, data);
        }
    }

    /** The user closed the form without saving. */
    public static class CancelEvent extends StaffFormEvent {
        CancelEvent(StaffForm source, StaffFormData data) {
            super(source, data);
        }
    }
}
