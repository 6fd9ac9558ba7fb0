package app.cairn.customer.ui;

import app.cairn.customer.CustomerErasure;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.customer.CustomerSection;
import app.cairn.customer.ProfileChange;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customer 360, summary first: who the customer is, the cards other modules contribute (purchases, scores,
 * journeys, last e-mails) with consent and tags beside them, then the detailed sections (orders, timeline,
 * journeys) and the history of changes. The profile is edited in a dialog behind "Edit"; "Delete" names what
 * goes before it goes.
 */
@Route("customers/:id")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER, Roles.AGENT})
public class CustomerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerManagement customers;
    private final transient CustomerErasure erasure;
    private final transient List<CustomerSection> sections;
    private final transient AuthenticationContext authentication;
    private final H3 heading = new H3();
    private final Span subtitle = new Span();
    private final ConsentPanel consent = new ConsentPanel();
    private final HorizontalLayout tags = new HorizontalLayout();
    private final VerticalLayout history = new VerticalLayout();
    private CustomerProfile profile;
    private long customerId;

    /** Builds the page over the customer API and every contributed section. */
    public CustomerView(
            CustomerManagement customers,
            CustomerErasure erasure,
            List<CustomerSection> sections,
            AuthenticationContext authentication) {
        this.customers = customers;
        this.erasure = erasure;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CustomerSection::order))
                .toList();
        this.authentication = authentication;
        setId("customer-view");
        heading.setId("customer-heading");
        subtitle.setId("customer-subtitle");
        subtitle.addClassName("cairn-card-note");
        tags.setId("customer-tags");
        tags.setWrap(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getRouteParameters().getLong("id").orElse(-1L);
        Optional<CustomerProfile> found = customers.find(customerId);
        if (found.isPresent()) {
            build(found.get());
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

    private void build(CustomerProfile shown) {
        removeAll();
        Button edit = new Button(getTranslation("customer.edit"), VaadinIcon.EDIT.create(), e -> edit());
        edit.setId("customer-edit");
        HorizontalLayout actions = new HorizontalLayout(edit);
        edit.setVisible(!readOnly());
        if (!readOnly()) {
            Button delete = new Button(getTranslation("customer.delete"), VaadinIcon.TRASH.create(), e -> delete());
            delete.setId("customer-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(delete);
        }
        HorizontalLayout top = new HorizontalLayout(new Div(heading, subtitle), actions);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        Div cards = new Div();
        cards.addClassName("cairn-cards");
        cards.setId("customer-summary");
        sections.stream()
                .filter(s -> s.placement() == CustomerSection.Placement.SUMMARY)
                .forEach(s -> cards.add(card(s.titleKey(), s.create(customerId))));
        cards.add(card("customer.consent", consent), card("customer.tags", tags));
        add(top, cards);
        sections.stream()
                .filter(s -> s.placement() == CustomerSection.Placement.DETAIL)
                .forEach(s -> add(new H4(getTranslation(s.titleKey())), s.create(customerId)));
        add(new Details(getTranslation("customer.history"), history));
        show(shown);
    }

    private Div card(String titleKey, Component content) {
        Div card = new Div(new H4(getTranslation(titleKey)), content);
        card.addClassName("cairn-card");
        return card;
    }

    private void show(CustomerProfile shown) {
        this.profile = shown;
        heading.setText(shown.displayName());
        subtitle.setText(Stream.of(
                        shown.email(),
                        Stream.of(shown.city(), shown.country())
                                .filter(v -> v != null && !v.isBlank())
                                .collect(Collectors.joining(", ")),
                        getTranslation(
                                "customer.since",
                                StaffTimeZone.format(shown.signupAt(), StaffTimeZone.current(), getLocale())))
                .filter(v -> v != null && !v.isBlank())
                .collect(Collectors.joining(" · ")));
        consent.show(
                shown,
                readOnly()
                        ? null
                        : (channel, granted, basis) -> change(
                                () -> customers.setConsent(
                                        customerId, channel, granted, "staff:" + staff(), basis, staff()),
                                "customer.consent-saved"));
        showTags(shown);
        showHistory();
    }

    private void edit() {
        Dialog dialog = new Dialog();
        dialog.setId("customer-edit-dialog");
        dialog.setHeaderTitle(getTranslation("customer.edit.title", profile.displayName()));
        dialog.setWidth("min(64rem, 95vw)");
        CustomerDetailsForm form = new CustomerDetailsForm();
        form.setDetails(profile.details());
        form.addSaveListener(event -> {
            if (change(() -> customers.updateDetails(customerId, event.details(), staff()), "customer.saved")) {
                dialog.close();
            }
        });
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("removal.cancel"), e -> dialog.close()));
        dialog.open();
    }

    private void delete() {
        new DeleteCustomerDialog(erasure, customerId, profile.displayName(), staff(), () -> {
                    Notification.show(
                                    getTranslation("customer.deleted", profile.displayName()),
                                    5000,
                                    Notification.Position.TOP_CENTER)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    getUI().ifPresent(ui -> ui.navigate(CustomersView.class));
                })
                .open();
    }

    /** Agents see customers as they are: only admins and marketers change them. */
    private boolean readOnly() {
        return !authentication.hasAnyRole(Roles.ADMIN, Roles.MARKETER);
    }

    private void showTags(CustomerProfile shown) {
        tags.removeAll();
        if (readOnly()) {
            shown.tags().stream().sorted().forEach(tag -> {
                Span chip = new Span(tag);
                chip.getElement().getThemeList().add("badge contrast");
                chip.getElement().setAttribute("data-tag", tag);
                tags.add(chip);
            });
            return;
        }
        shown.tags().stream().sorted().forEach(tag -> {
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
        Grid<ProfileChange> changes = new Grid<>();
        changes.setId("customer-changes");
        changes.setAllRowsVisible(true);
        changes.addColumn(c -> StaffTimeZone.format(c.changedAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("customer.history.when"));
        changes.addColumn(ProfileChange::field).setHeader(getTranslation("customer.history.field"));
        changes.addColumn(ProfileChange::oldValue).setHeader(getTranslation("customer.history.old"));
        changes.addColumn(ProfileChange::newValue).setHeader(getTranslation("customer.history.new"));
        changes.addColumn(ProfileChange::changedBy).setHeader(getTranslation("customer.history.by"));
        changes.setEmptyStateText(getTranslation("customer.history.empty"));
        changes.setItems(customers.changes(customerId));
        history.add(changes);
    }

    /** Runs a change and shows the result; answers whether it was made. */
    private boolean change(Supplier<CustomerProfile> action, String successKey) {
        try {
            show(action.get());
            Notification.show(getTranslation(successKey), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (CustomerException refused) {
            Notification.show(
                            getTranslation(refused.messageKey(), refused.arguments()),
                            6000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("system");
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : profile.displayName() + " · ") + getTranslation("nav.customers") + " · Cairn";
    }
}
