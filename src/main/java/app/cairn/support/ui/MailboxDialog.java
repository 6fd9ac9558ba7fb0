package app.cairn.support.ui;

import app.cairn.messaging.MailSecurity;
import app.cairn.shared.RefusedException;
import app.cairn.support.SupportGroup;
import app.cairn.support.SupportMailbox;
import app.cairn.support.SupportMailboxes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** Sets up a support mailbox: the address, the IMAP server and account, and the group its tickets go to. */
final class MailboxDialog extends Dialog {

    MailboxDialog(SupportMailboxes mailboxes, List<SupportGroup> groups, SupportMailbox box, Runnable saved) {
        setHeaderTitle(getTranslation(box == null ? "support.settings.new-mailbox" : "support.settings.edit"));
        EmailField address = new EmailField(getTranslation("support.mailbox.address"));
        address.setId("mailbox-address");
        TextField fromName = new TextField(getTranslation("support.mailbox.from-name"));
        fromName.setId("mailbox-from-name");
        TextField host = new TextField(getTranslation("support.mailbox.host"));
        host.setId("mailbox-host");
        IntegerField port = new IntegerField(getTranslation("support.mailbox.port"));
        port.setId("mailbox-port");
        port.setValue(993);
        ComboBox<MailSecurity> security = new ComboBox<>(getTranslation("email-settings.security"));
        security.setId("mailbox-security");
        security.setItems(MailSecurity.values());
        security.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        security.setValue(MailSecurity.TLS);
        TextField username = new TextField(getTranslation("support.mailbox.username"));
        username.setId("mailbox-username");
        PasswordField password = new PasswordField(getTranslation("support.mailbox.password"));
        password.setId("mailbox-password");
        TextField folder = new TextField(getTranslation("support.mailbox.folder"));
        folder.setId("mailbox-folder");
        folder.setValue("INBOX");
        ComboBox<SupportGroup> group = new ComboBox<>(getTranslation("support.field.group-name"));
        group.setId("mailbox-group");
        group.setItems(groups.stream().filter(g -> !g.archived()).toList());
        group.setItemLabelGenerator(SupportGroup::name);
        group.setClearButtonVisible(true);
        Checkbox enabled = new Checkbox(getTranslation("support.mailbox.enabled"), true);
        enabled.setId("mailbox-enabled");
        if (box != null) {
            address.setValue(box.address());
            fromName.setValue(box.fromName());
            host.setValue(box.host());
            port.setValue(box.port());
            security.setValue(box.security());
            username.setValue(box.username());
            password.setPlaceholder(getTranslation("support.mailbox.password-kept"));
            folder.setValue(box.folder());
            group.setValue(groups.stream()
                    .filter(g -> box.groupId() != null && g.id() == box.groupId())
                    .findFirst()
                    .orElse(null));
            enabled.setValue(box.enabled());
        }
        Paragraph error = new Paragraph();
        error.setId("mailbox-error");
        FormLayout form =
                new FormLayout(address, fromName, host, port, security, username, password, folder, group, enabled);
        add(form, error);
        Button save = new Button(getTranslation("support.settings.save"), e -> {
            try {
                mailboxes.save(new SupportMailbox(
                        box == null ? null : box.id(),
                        address.getValue(),
                        fromName.getValue(),
                        host.getValue(),
                        port.getValue() == null ? 0 : port.getValue(),
                        security.getValue() == null ? MailSecurity.TLS : security.getValue(),
                        username.getValue(),
                        password.getValue().isEmpty() ? null : password.getValue(),
                        folder.getValue(),
                        group.getValue() == null ? null : group.getValue().id(),
                        enabled.getValue(),
                        null,
                        null));
                close();
                saved.run();
            } catch (RefusedException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("mailbox-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("support.cancel"), e -> close()), save);
        setWidth("44rem");
    }
}
