package app.cairn.messaging.ui;

import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerSummary;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.EmailTopic;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SenderIdentity;
import app.cairn.messaging.SmtpHealth;
import app.cairn.messaging.TemplateManagement;
import app.cairn.messaging.TemplateSyntaxException;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * Writes a template (new, or the one whose id is in the address) beside its preview for a real customer, and
 * sends tests. A syntax error is shown with its part and line; nothing is saved until the template is valid.
 */
@Route("templates/edit")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class TemplateEditorView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final transient TemplateManagement templates;
    private final transient AuthenticationContext authentication;
    private final transient List<SenderIdentity> senders;
    private final transient List<EmailTopic> topics;
    private final transient MessagingSettings settings;
    private final TemplateForm form;
    private final TemplatePreview preview;
    private Long id;

    /** Builds the editor over the messaging and customer modules' APIs. */
    public TemplateEditorView(
            TemplateManagement templates,
            MessagingSettings settings,
            CustomerManagement customers,
            AuthenticationContext authentication) {
        this.templates = templates;
        this.settings = settings;
        this.authentication = authentication;
        this.senders = settings.senders();
        this.topics = settings.topics();
        setSizeFull();
        form = new TemplateForm(senders, topics);
        preview = new TemplatePreview(customers, this::preview, this::sendTest);
        Button save = new Button(getTranslation("templates.save"), e -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button back = new Button(
                getTranslation("templates.back"), e -> getUI().ifPresent(ui -> ui.navigate(TemplatesView.class)));
        if (senders.isEmpty()) {
            add(new Paragraph(getTranslation("templates.no-senders")));
            save.setEnabled(false);
        }
        VerticalLayout left = new VerticalLayout(form, new HorizontalLayout(save, back));
        left.setPadding(false);
        HorizontalLayout columns = new HorizontalLayout(left, preview);
        columns.setWidthFull();
        columns.setFlexGrow(1, left, preview);
        add(columns);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        id = parameter;
        if (parameter != null) {
            templates.find(parameter).ifPresentOrElse(t -> form.show(t, senders, topics), () -> id = null);
        }
    }

    private void save() {
        try {
            EmailTemplate saved = templates.save(
                    id, form.draft(), authentication.getPrincipalName().orElse(null));
            form.showError(null);
            Notification.show(getTranslation("templates.saved", saved.name()));
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class, saved.id()));
            }
            id = saved.id();
        } catch (RefusedException refused) {
            form.showError(message(refused));
        }
    }

    private void preview(CustomerSummary customer) {
        if (customer == null) {
            form.showError(getTranslation("templates.pick-customer"));
            return;
        }
        try {
            preview.show(templates.preview(form.draft(), customer.id()));
            form.showError(null);
        } catch (RefusedException refused) {
            form.showError(message(refused));
        }
    }

    private void sendTest(CustomerSummary customer, String address) {
        if (id == null) {
            form.showError(getTranslation("templates.save-first"));
            return;
        }
        try {
            templates.sendTest(id, customer == null ? null : customer.id(), address);
            form.showError(null);
            SmtpHealth health = settings.smtpHealth();
            Notification.show(
                    health.known() && !health.reachable()
                            ? getTranslation(
                                    "templates.test-queued-unreachable", address, String.valueOf(health.detail()))
                            : getTranslation("templates.test-queued", address));
        } catch (RefusedException refused) {
            form.showError(message(refused));
        }
    }

    private String message(RefusedException refused) {
        if (refused instanceof TemplateSyntaxException syntax) {
            return getTranslation(
                    "messaging.error.template-syntax",
                    getTranslation("templates.part." + syntax.problem().part()),
                    String.valueOf(syntax.problem().line()),
                    syntax.problem().message());
        }
        return getTranslation(refused.messageKey(), refused.arguments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("templates.editor-title") + " · Cairn";
    }
}
