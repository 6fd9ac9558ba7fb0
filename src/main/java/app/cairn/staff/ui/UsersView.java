package app.cairn.staff.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.staff.StaffAccountException;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/** Admins list, create and change staff accounts: roles, status, password, unlock. */
@Route("admin/users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient StaffManagement staff;
    private final Grid<StaffMember> grid = new Grid<>(StaffMember.class, false);
    private final TextField filter = new TextField();
    private final StaffForm form = new StaffForm();
    private final Dialog dialog = new Dialog(form);

    /** Builds the view over the staff module's API. */
    public UsersView(StaffManagement staff) {
        this.staff = staff;
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), grid);
    }

    private HorizontalLayout toolbar() {
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("users.filter"));
        filter.setClearButtonVisible(true);
        filter.setWidth("22rem");
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        Button create =
                new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), event -> open(StaffFormData.blank()));
        create.setId("users-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(filter, create);
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.setSizeFull();
        grid.addColumn(StaffMember::username)
                .setHeader(getTranslation("staff.field.username"))
                .setKey("username")
                .setSortable(true);
        grid.addColumn(StaffMember::displayName)
                .setHeader(getTranslation("staff.field.display-name"))
                .setKey("displayName")
                .setSortable(true);
        grid.addColumn(StaffMember::email)
                .setHeader(getTranslation("staff.field.email"))
                .setKey("email")
                .setSortable(true);
        grid.addColumn(member -> member.roles().stream()
                        .sorted()
                        .map(role -> getTranslation(role.labelKey()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("staff.field.roles"));
        grid.addColumn(this::status).setHeader(getTranslation("users.status")).setKey("status");
        grid.addColumn(member -> StaffTimeZone.format(member.lastSignInAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("users.last-sign-in"))
                .setKey("lastSignInAt")
                .setSortable(true);
        grid.setItems(
                query -> staff.page(filter.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) staff.count(filter.getValue()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(StaffFormData.of(event.getValue()));
            }
        });
    }

    private String status(StaffMember member) {
        if (!member.enabled()) {
            return getTranslation("users.status.disabled");
        }
        return getTranslation(member.locked() ? "users.status.locked" : "users.status.active");
    }

    private void configureForm() {
        dialog.setWidth("min(46rem, 95vw)");
        dialog.addDialogCloseActionListener(event -> close());
        form.addSaveListener(event -> save(event.data()));
        form.addUnlockListener(event -> apply(() -> staff.unlock(event.data().getId()), "users.unlocked"));
        form.addCancelListener(event -> close());
    }

    private void open(StaffFormData data) {
        form.setData(data);
        dialog.setHeaderTitle(getTranslation(data.isNew() ? "users.new" : "users.edit"));
        dialog.open();
    }

    private void save(StaffFormData data) {
        if (data.isNew()) {
            apply(() -> staff.create(data.toNewAccount()), "users.created");
        } else {
            apply(() -> staff.update(data.getId(), data.toUpdate()), "users.saved");
        }
    }

    private void apply(java.util.function.Supplier<StaffMember> change, String successKey) {
        try {
            StaffMember member = change.get();
            notify(getTranslation(successKey, member.username()), NotificationVariant.LUMO_SUCCESS);
            close();
        } catch (StaffAccountException refused) {
            notify(getTranslation(refused.messageKey(), refused.arguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void close() {
        dialog.close();
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }

    private void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users") + " · Cairn";
    }
}
