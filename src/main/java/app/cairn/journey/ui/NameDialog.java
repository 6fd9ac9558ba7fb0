package app.cairn.journey.ui;

import app.cairn.shared.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/** Asks for a journey's name and hands it on; a refusal (empty, taken) shows on the field. */
class NameDialog extends Dialog {

    NameDialog(String title, String proposed, SerializableConsumer<String> onSave) {
        setHeaderTitle(title);
        TextField name = new TextField(getTranslation("journey.name"));
        name.setId("journey-name-input");
        name.setWidth("24rem");
        name.setValue(proposed);
        Button save = new Button(getTranslation("journey.save"), e -> {
            try {
                onSave.accept(name.getValue());
                close();
            } catch (RefusedException refused) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("journey-name-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(name);
        getFooter().add(new Button(getTranslation("journey.cancel"), e -> close()), save);
    }
}
