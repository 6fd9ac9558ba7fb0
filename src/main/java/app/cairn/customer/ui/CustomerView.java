package app.cairn.customer.ui;

import app.cairn.customer.Consent;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.customer.CustomerSection;
import app.cairn.customer.LegalBasis;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Customer 360: the profile (editable, every change kept), consent per channel with its history, tags, and the
 * sections other modules contribute (orders, timeline, …) through {@link CustomerSection}.
 */
@Route("customers/:id")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER, Roles.AGENT})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerManagement customers;
    private final transient List<CustomerSection> sections;
    private final transient AuthenticationContext authentication;
    private final H3 heading = new H3();
    private final CustomerDetailsForm form = new CustomerDetailsForm();
    private final VerticalLayout consent = new VerticalLayout();
    private final HorizontalLayout tags = new HorizontalLayout();
    private final VerticalLayout history = new VerticalLayout();
    private long customerId;

    /** Builds the page over the customer API and every contributed section. */
    public CustomerView(
            CustomerManagement customers, List<CustomerSection> sections, AuthenticationContext authentication) {
        this.customers = customers;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CustomerSection::order))
                .toList();
        this.authentication = authentication;
        setId("customer-view");
        heading.setId("customer-heading");
        consent.setId("customer-consent");
        consent.setPadding(false);
        tags.setId("customer-tags");
        tags.setWrap(true);
        form.addSaveListener(
                event -> change(() -> customers.updateDetails(customerId, event.details(), staff()), "customer.saved"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getRouteParameters().getLong("id").orElse(-1L);
        Optional<CustomerProfile> profile = customers.find(customerId);
        if (profile.isPresent()) {
            build(profile.get());
            return;
        }
        // a merged customer's links lead to the customer it was merged into
        Optional<Long> survivor = customers.mergedInto(customerId);
        if (survivor.isPresent()) {
            event.forwardTo(CustomerView.class, new RouteParameters("id", Long.toString(survivor.get())));
            return;
        }
        removeAll();
        add(new H3(getTranslation("customer.error.not-found", customerId)));
    }

    private void build(CustomerProfile profile) {
        removeAll();
        add(
                heading,
                form,
                new H4(getTranslation("customer.consent")),
                consent,
                new H4(getTranslation("customer.tags")),
                tags);
        for (CustomerSection section : sections) {
            add(new H4(getTranslation(section.titleKey())), section.create(customerId));
        }
        add(new Details(getTranslation("customer.history"), history));
        show(profile);
    }

    private void show(CustomerProfile profile) {
        heading.setText(profile.displayName());
        form.setDetails(profile.details());
        showConsent(profile);
        showTags(profile);
        showHistory();
    }

    private void showConsent(CustomerProfile profile) {
        consent.removeAll();
        ComboBox<LegalBasis> basis = new ComboBox<>(getTranslation("customer.legal-basis"), LegalBasis.values());
        basis.setId("consent-basis");
        basis.setItemLabelGenerator(b -> getTranslation(b.labelKey()));
        basis.setValue(LegalBasis.CONSENT);
        basis.setWidth("20rem");
        consent.add(basis);
        for (ConsentChannel channel : ConsentChannel.values()) {
            Consent current = profile.consents().stream()
                    .filter(c -> c.channel() == channel)
                    .findFirst()
                    .orElse(null);
            boolean granted = current != null && current.granted();
            Span state = new Span(getTranslation(channel.labelKey()) + ": "
                    + getTranslation(
                            current == null ? "consent.unknown" : granted ? "consent.granted" : "consent.withdrawn")
                    + (current == null
                            ? ""
                            : " · " + StaffTimeZone.format(current.changedAt(), StaffTimeZone.current(), getLocale())
                                    + " · " + current.source()));
            state.setId("consent-state-" + channel.name().toLowerCase());
            Button toggle = new Button(
                    getTranslation(granted ? "consent.withdraw" : "consent.grant"),
                    event -> change(
                            () -> customers.setConsent(
                                    customerId,
                                    channel,
                                    !granted,
                                    "staff:" + staff(),
                                    basis.getValue() == null ? LegalBasis.CONSENT : basis.getValue(),
                                    staff()),
                            "customer.consent-saved"));
            toggle.setId("consent-toggle-" + channel.name().toLowerCase());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(state, toggle);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            consent.add(row);
        }
    }

    private void showTags(CustomerProfile profile) {
        tags.removeAll();
        profile.tags().stream().sorted().forEach(tag -> {
            Button chip = new Button(
                    tag + " ✕", event -> change(() -> customers.untag(customerId, tag, staff()), "customer.saved"));
            chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            chip.getElement().setAttribute("data-tag", tag);
            tags.add(chip);
        });
        TextField newTag = new TextField();
        newTag.setId("customer-new-tag");
        newTag.setPlaceholder(getTranslation("customer.add-tag"));
        Button add = new Button(
                getTranslation("customer.add"),
                event -> change(() -> customers.tag(customerId, newTag.getValue(), staff()), "customer.saved"));
        add.setId("customer-add-tag");
        tags.add(newTag, add);
    }

    private void showHistory() {
        history.removeAll();
        Grid<app.cairn.customer.ProfileChange> changes = new Grid<>();
        changes.setId("customer-changes");
        changes.setAllRowsVisible(true);
        changes.addColumn(c -> StaffTimeZone.format(c.changedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("customer.history.when"));
        changes.addColumn(app.cairn.customer.ProfileChange::field).setHeader(getTranslation("customer.history.field"));
        changes.addColumn(app.cairn.customer.ProfileChange::oldValue).setHeader(getTranslation("customer.history.old"));
        changes.addColumn(app.cairn.customer.ProfileChange::newValue).setHeader(getTranslation("customer.history.new"));
        changes.addColumn(app.cairn.customer.ProfileChange::changedBy).setHeader(getTranslation("customer.history.by"));
        changes.setItems(customers.changes(customerId));
        history.add(changes);
    }

    private void change(Supplier<CustomerProfile> action, String successKey) {
        try {
            show(action.get());
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CustomerException refused) {
            Notification.show(
                            getTranslation(refused.messageKey(), refused.arguments()),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("system");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · Cairn";
    }
}
