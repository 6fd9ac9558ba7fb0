package app.cairn.messaging.ui;

import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.Suppression;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The suppression list, newest first and loaded a page at a time; add an address by hand or take one off. */
@Route("suppressions")
@Menu(order = 18, icon = "vaadin:ban", title = "nav.suppressions")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class SuppressionsView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page over the messaging module's API. */
    public SuppressionsView(MessagingSettings settings, AuthenticationContext authentication) {
        setSizeFull();
        TextField filter = new TextField();
        filter.setId("suppressions-filter");
        filter.setPlaceholder(getTranslation("suppressions.filter"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<Suppression> grid = new Grid<>();
        grid.setId("suppressions-grid");
        grid.addColumn(Suppression::address)
                .setHeader(getTranslation("suppressions.address"))
                .setFlexGrow(3);
        grid.addColumn(s -> getTranslation(s.reason().labelKey())).setHeader(getTranslation("suppressions.reason"));
        grid.addColumn(s -> s.detail() == null ? "" : s.detail())
                .setHeader(getTranslation("suppressions.detail"))
                .setFlexGrow(3);
        grid.addColumn(s -> StaffTimeZone.format(s.createdAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("suppressions.since"));
        grid.addComponentColumn(s -> {
            Button remove = new Button(getTranslation("suppressions.remove"), e -> {
                settings.unsuppress(s.address());
                grid.getDataProvider().refreshAll();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            return remove;
        });
        grid.setItems(query -> settings.suppressions(filter.getValue(), query.getOffset(), query.getLimit()).stream());
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        TextField address = new TextField();
        address.setId("suppressions-address");
        address.setPlaceholder(getTranslation("suppressions.address"));
        Button add = new Button(getTranslation("suppressions.add"), e -> {
            try {
                boolean added = settings.suppress(
                        address.getValue(),
                        null,
                        authentication.getPrincipalName().orElse(null));
                Notification.show(
                        getTranslation(added ? "suppressions.added" : "suppressions.already", address.getValue()));
                address.clear();
                grid.getDataProvider().refreshAll();
            } catch (RefusedException refused) {
                address.setInvalid(true);
                address.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add.setId("suppressions-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(filter, address, add), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.suppressions") + " · Cairn";
    }
}
