package app.cairn.messaging.ui;

import app.cairn.messaging.BounceMailbox;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SmtpHealth;
import app.cairn.messaging.SmtpSettings;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * E-mail settings for admins: the SMTP server with its rate limit, the sending rules (frequency cap, quiet hours,
 * default time zone), the bounce mailbox, and sender identities and topics ({@link SendersPanel}). Passwords are
 * never shown; leaving one empty keeps the stored one.
 */
@Route("email-settings")
@Menu(order = 92, icon = "vaadin:cog-o", title = "nav.email-settings")
@RolesAllowed(Roles.ADMIN)
public class EmailSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient MessagingSettings settings;
    private final String by;

    /** Builds the page over the messaging module's API. */
    public EmailSettingsView(MessagingSettings settings, AuthenticationContext authentication) {
        this.settings = settings;
        this.by = authentication.getPrincipalName().orElse(null);
        add(new H3(getTranslation("email-settings.smtp")), smtp());
        add(new H3(getTranslation("email-settings.rules")), rules());
        add(new H3(getTranslation("email-settings.senders")), new SendersPanel(settings));
        add(new H3(getTranslation("email-settings.bounces")), bounces());
    }

    private FormLayout smtp() {
        SmtpSettings current = settings.smtp();
        TextField host = field("smtp-host", "email-settings.host", current.host());
        IntegerField port = number("smtp-port", "email-settings.port", current.port());
        Select<MailSecurity> security = security("smtp-security", current.security());
        TextField username = field("smtp-username", "email-settings.username", current.username());
        PasswordField password = password("smtp-password");
        IntegerField rate = number("smtp-rate", "email-settings.rate", current.ratePerSecond());
        rate.setHelperText(getTranslation("email-settings.rate-help"));
        Button save = save(
                "smtp-save",
                () -> settings.saveSmtp(
                        new SmtpSettings(
                                host.getValue(),
                                value(port),
                                security.getValue(),
                                username.getValue(),
                                password.getValue(),
                                value(rate)),
                        by));
        Button check = new Button(getTranslation("email-settings.check"), e -> settings.checkSmtp()
                .ifPresentOrElse(
                        problem -> Notification.show(getTranslation("email-settings.check-failed", problem)),
                        () -> Notification.show(getTranslation("email-settings.check-ok"))));
        check.setId("smtp-check");
        FormLayout form = new FormLayout(host, port, security, username, password, rate, save, check);
        form.add(smtpHealth(), 2);
        return form;
    }

    /** What the senders last found: the server reached, or not and why, since when. */
    private Span smtpHealth() {
        SmtpHealth health = settings.smtpHealth();
        Span line = new Span(
                !health.known()
                        ? getTranslation("messaging.smtp.unknown")
                        : health.reachable()
                                ? getTranslation(
                                        "messaging.smtp.reachable",
                                        StaffTimeZone.format(health.since(), StaffTimeZone.current(), getLocale()))
                                : getTranslation(
                                        "messaging.smtp.unreachable",
                                        StaffTimeZone.format(health.since(), StaffTimeZone.current(), getLocale()),
                                        String.valueOf(health.detail())));
        line.setId("smtp-health");
        line.getElement().getThemeList().add(health.known() && !health.reachable() ? "badge error" : "badge");
        line.getStyle().set("white-space", "normal");
        return line;
    }

    private FormLayout rules() {
        SendingRules current = settings.rules();
        IntegerField cap = number("rules-cap", "email-settings.cap", current.capMessages());
        cap.setHelperText(getTranslation("email-settings.cap-help"));
        IntegerField days = number("rules-cap-days", "email-settings.cap-days", current.capDays());
        TimePicker quietStart = new TimePicker(getTranslation("email-settings.quiet-start"), current.quietStart());
        quietStart.setId("rules-quiet-start");
        TimePicker quietEnd = new TimePicker(getTranslation("email-settings.quiet-end"), current.quietEnd());
        quietEnd.setId("rules-quiet-end");
        quietEnd.setHelperText(getTranslation("email-settings.quiet-help"));
        ComboBox<String> zone = new ComboBox<>(getTranslation("email-settings.default-zone"));
        zone.setId("rules-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setValue(current.defaultTimeZone());
        Button save = save(
                "rules-save",
                () -> settings.saveRules(
                        new SendingRules(
                                value(cap), value(days), quietStart.getValue(), quietEnd.getValue(), zone.getValue()),
                        by));
        return new FormLayout(cap, days, quietStart, quietEnd, zone, save);
    }

    private FormLayout bounces() {
        BounceMailbox current = settings.bounceMailbox();
        TextField host = field("imap-host", "email-settings.imap-host", current.host());
        host.setHelperText(getTranslation("email-settings.imap-help"));
        IntegerField port = number("imap-port", "email-settings.port", current.port() == 0 ? 993 : current.port());
        Select<MailSecurity> security = security("imap-security", current.security());
        TextField username = field("imap-username", "email-settings.username", current.username());
        PasswordField password = password("imap-password");
        TextField folder = field("imap-folder", "email-settings.imap-folder", current.folder());
        Button save = save(
                "imap-save",
                () -> settings.saveBounceMailbox(
                        new BounceMailbox(
                                host.getValue(),
                                value(port),
                                security.getValue(),
                                username.getValue(),
                                password.getValue(),
                                folder.getValue()),
                        by));
        return new FormLayout(host, port, security, username, password, folder, save);
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private IntegerField number(String id, String labelKey, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        return field;
    }

    private PasswordField password(String id) {
        PasswordField field = new PasswordField(getTranslation("email-settings.password"));
        field.setId(id);
        field.setHelperText(getTranslation("email-settings.password-help"));
        return field;
    }

    private Select<MailSecurity> security(String id, MailSecurity value) {
        Select<MailSecurity> select = new Select<>();
        select.setLabel(getTranslation("email-settings.security"));
        select.setId(id);
        select.setItems(MailSecurity.values());
        select.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        select.setValue(value);
        return select;
    }

    private Button save(String id, Runnable action) {
        Button save = new Button(getTranslation("email-settings.save"), e -> {
            try {
                action.run();
                Notification.show(getTranslation("email-settings.saved"));
            } catch (RefusedException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId(id);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return save;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? -1 : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.email-settings") + " · Cairn";
    }
}
