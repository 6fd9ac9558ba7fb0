package app.cairn.support.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.InboxFilter;
import app.cairn.support.InboxSort;
import app.cairn.support.InboxView;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The customer page's tickets, most recently changed first; staff who work tickets open one with a click. */
@org.springframework.stereotype.Component
class CustomerTicketsSection implements CustomerSection {

    private static final int SHOWN = 50;

    private final TicketInbox inbox;
    private final AuthenticationContext authentication;

    CustomerTicketsSection(TicketInbox inbox, AuthenticationContext authentication) {
        this.inbox = inbox;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 12;
    }

    @Override
    public String titleKey() {
        return "support.customer-section";
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        Grid<TicketRow> grid = new Grid<>();
        grid.setId("customer-tickets");
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> "#" + t.number()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketRow::subject)
                .setHeader(ui.getTranslation("support.field.subject-short"))
                .setFlexGrow(3);
        grid.addColumn(t -> ui.getTranslation(TicketLabels.key(t.status())))
                .setHeader(ui.getTranslation("support.field.status"));
        grid.addColumn(t -> ui.getTranslation(TicketLabels.key(t.priority())))
                .setHeader(ui.getTranslation("support.field.priority"));
        grid.addColumn(t -> StaffTimeZone.format(t.updatedAt(), StaffTimeZone.current(), ui.getLocale()))
                .setHeader(ui.getTranslation("support.field.updated"));
        grid.setEmptyStateText(ui.getTranslation("support.customer-section.empty"));
        grid.setItems(inbox.page(
                new InboxFilter(InboxView.ALL, 0, null, null, null, null, customerId, null, null),
                InboxSort.UPDATED,
                0,
                SHOWN));
        if (authentication.hasAnyRole(Roles.ADMIN, Roles.AGENT)) {
            grid.addItemClickListener(event -> ui.navigate(
                    TicketView.class,
                    new RouteParameters("number", Long.toString(event.getItem().number()))));
        }
        return grid;
    }
}
