package app.cairn.ingest.ui;

import app.cairn.ingest.ApiKeyManagement;
import app.cairn.ingest.ApiKeyView;
import app.cairn.ingest.NewApiKey;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** Admins create keys for the ingest API (the key is shown once), see when each was last used, and revoke them. */
@Route("admin/api-keys")
@Menu(order = 95, icon = "vaadin:key", title = "nav.api-keys")
@RolesAllowed(Roles.ADMIN)
public class ApiKeysView extends VerticalLayout implements HasDynamicTitle {

    private final transient ApiKeyManagement keys;
    private final transient AuthenticationContext authentication;
    private final Grid<ApiKeyView> grid = new Grid<>();

    /** Builds the page over the ingest module's key API. */
    public ApiKeysView(ApiKeyManagement keys, AuthenticationContext authentication) {
        this.keys = keys;
        this.authentication = authentication;
        setSizeFull();
        TextField name = new TextField();
        name.setId("api-key-name");
        name.setPlaceholder(getTranslation("apikeys.name"));
        Button create = new Button(getTranslation("apikeys.create"), event -> create(name));
        create.setId("api-key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(name, create);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(new Paragraph(getTranslation("apikeys.intro")), toolbar, grid);
    }

    private void configureGrid() {
        grid.setId("api-keys-grid");
        grid.addColumn(ApiKeyView::name).setHeader(getTranslation("apikeys.name"));
        grid.addColumn(key -> key.prefix() + "…").setHeader(getTranslation("apikeys.prefix"));
        grid.addColumn(key -> time(key.createdAt()) + " · " + key.createdBy())
                .setHeader(getTranslation("apikeys.created"));
        grid.addColumn(key -> time(key.lastUsedAt())).setHeader(getTranslation("apikeys.last-used"));
        grid.addColumn(key -> key.active()
                        ? getTranslation("apikeys.active")
                        : getTranslation("apikeys.revoked") + " " + time(key.revokedAt()))
                .setHeader(getTranslation("apikeys.status"));
        grid.addComponentColumn(key -> {
            Button revoke = new Button(getTranslation("apikeys.revoke"), event -> {
                keys.revoke(key.id(), staff());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(key.active());
            revoke.getElement().setAttribute("data-revoke", key.name());
            return revoke;
        });
        refresh();
    }

    private void create(TextField name) {
        try {
            NewApiKey created = keys.create(name.getValue(), staff());
            name.clear();
            refresh();
            TextField secret = new TextField(getTranslation("apikeys.secret"), created.secret(), "");
            secret.setId("api-key-secret");
            secret.setReadOnly(true);
            secret.setWidthFull();
            Dialog dialog = new Dialog(new Paragraph(getTranslation("apikeys.shown-once")), secret);
            dialog.setHeaderTitle(created.key().name());
            dialog.setWidth("min(40rem, 95vw)");
            Button close = new Button(getTranslation("apikeys.close"), event -> dialog.close());
            close.setId("api-key-close");
            dialog.getFooter().add(close);
            dialog.open();
        } catch (RefusedException refused) {
            Notification.show(
                            getTranslation(refused.messageKey(), refused.arguments()),
                            5000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(keys.list());
    }

    private String time(java.time.Instant instant) {
        return StaffTimeZone.format(instant, StaffTimeZone.current(), getLocale());
    }

    private String staff() {
        return authentication.getPrincipalName().orElse("admin");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.api-keys") + " · Cairn";
    }
}
