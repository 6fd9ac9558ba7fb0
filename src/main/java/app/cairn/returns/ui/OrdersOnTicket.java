package app.cairn.returns.ui;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderView;
import app.cairn.returns.Returns;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.Actor;
import app.cairn.support.Ticket;
import app.cairn.support.TicketSection;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The ticket page's view of the customer's orders with their lines (the ticket's own order first) and their
 * returns: an agent starts a return from an order and moves returns on from here.
 */
@org.springframework.stereotype.Component
class OrdersOnTicket implements TicketSection {

    /** Orders shown; older ones are on the customer page. */
    private static final int ORDERS = 10;

    private final CommerceManagement commerce;
    private final Returns returns;

    OrdersOnTicket(CommerceManagement commerce, Returns returns) {
        this.commerce = commerce;
        this.returns = returns;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "returns.section.ticket";
    }

    @Override
    public Component create(Ticket ticket, Actor actor, Runnable changed) {
        Locale locale = UI.getCurrent().getLocale();
        ReturnsList list =
                new ReturnsList(returns, () -> returns.ofCustomer(ticket.customerId(), 0, 50), actor, changed);
        list.setId("ticket-returns");
        Grid<OrderView> orders = new Grid<>();
        orders.setId("ticket-orders");
        orders.addColumn(OrderView::orderNumber).setHeader(t("orders.number")).setAutoWidth(true);
        orders.addColumn(o -> StaffTimeZone.format(o.placedAt(), StaffTimeZone.current(), locale))
                .setHeader(t("orders.placed"))
                .setAutoWidth(true);
        orders.addColumn(o -> t("order.status." + o.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(t("orders.status"))
                .setAutoWidth(true);
        orders.addColumn(o -> Amounts.format(o.total(), o.currency(), locale)).setHeader(t("orders.total"));
        orders.addColumn(OrdersOnTicket::lines)
                .setHeader(t("orders.lines"))
                .setTooltipGenerator(OrdersOnTicket::lines)
                .setFlexGrow(3);
        orders.addComponentColumn(order -> {
                    Button start = new Button(t("returns.start"), click -> new ReturnDialog(
                                    order, returns, ticket.number(), actor, made -> {
                                        list.refresh();
                                        changed.run();
                                    })
                            .open());
                    start.setId("return-start-" + order.orderNumber());
                    start.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    start.setVisible(Returns.returnableStatus(order));
                    return start;
                })
                .setAutoWidth(true);
        java.util.List<OrderView> recent = new java.util.ArrayList<>(commerce.orders(ticket.customerId(), 0, ORDERS));
        if (ticket.orderNumber() != null
                && recent.stream().noneMatch(o -> o.orderNumber().equals(ticket.orderNumber()))) {
            commerce.order(ticket.orderNumber())
                    .filter(stored -> stored.customerId() == ticket.customerId())
                    .ifPresent(stored -> recent.addFirst(stored.order()));
        }
        recent.sort(
                java.util.Comparator.comparing((OrderView o) -> !o.orderNumber().equals(ticket.orderNumber())));
        orders.setItems(recent);
        orders.setAllRowsVisible(true);
        orders.setEmptyStateText(t("orders.empty"));
        VerticalLayout section = new VerticalLayout(orders, new H4(t("returns.section.returns")), list);
        section.setPadding(false);
        return section;
    }

    private static String lines(OrderView order) {
        return order.lines().stream().map(OrdersOnTicket::describe).collect(Collectors.joining("; "));
    }

    private static String describe(OrderLineData line) {
        return line.quantity() + " × " + (line.description() == null ? line.sku() : line.description());
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
