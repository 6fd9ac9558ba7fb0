package app.cairn.messaging.ui;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.BroadcastRemoval;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.RemovalActions;
import app.cairn.shared.ui.Removals;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;

/** The broadcasts, the latest first, a page at a time; one opens in its report ({@link BroadcastView}). */
@Route("broadcasts")
@Menu(order = 17, icon = "vaadin:paperplane", title = "nav.broadcasts")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class BroadcastsView extends VerticalLayout implements HasDynamicTitle {

    /** Builds the page over the messaging and segment modules' APIs. */
    public BroadcastsView(
            BroadcastManagement broadcasts,
            TemplateManagement templates,
            SegmentManagement segments,
            BroadcastRemoval removal,
            AuthenticationContext authentication) {
        setSizeFull();
        Button create = new Button(getTranslation("broadcasts.new"), VaadinIcon.PLUS.create());
        create.setId("broadcasts-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new NewBroadcastDialog(
                        broadcasts,
                        templates.all(),
                        segments.all(),
                        authentication.getPrincipalName().orElse(null),
                        created -> getUI().ifPresent(ui -> ui.navigate(BroadcastView.class, created.id())))
                .open());
        Grid<Broadcast> grid = new Grid<>();
        grid.setId("broadcasts-grid");
        NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
        grid.addColumn(Broadcast::name)
                .setHeader(getTranslation("broadcasts.name"))
                .setFlexGrow(3);
        grid.addColumn(b -> getTranslation(b.status().labelKey())).setHeader(getTranslation("broadcasts.status"));
        grid.addColumn(b -> StaffTimeZone.format(b.sendAt(), StaffTimeZone.current(), getLocale()))
                .setHeader(getTranslation("broadcasts.send-at"))
                .setFlexGrow(2);
        grid.addColumn(b -> numbers.format(b.queued())).setHeader(getTranslation("broadcasts.queued"));
        Checkbox archived = Removals.attach(
                grid,
                new RemovalActions<>(Broadcast::name, Broadcast::id, removal::plan, removal::remove, removal::restore),
                showArchived -> grid.setItems(
                        query -> broadcasts.page(showArchived, query.getOffset(), query.getLimit()).stream()));
        grid.setEmptyStateText(getTranslation("broadcasts.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(BroadcastView.class, e.getItem().id())));
        HorizontalLayout actions = new HorizontalLayout(create, archived);
        actions.setAlignItems(Alignment.CENTER);
        add(actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.broadcasts") + " · Cairn";
    }
}
