package app.cairn.commerce.ui;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderView;
import app.cairn.customer.CustomerSection;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.stream.Collectors;

/** The customer page's purchase figures and order list (lines shown under each order). */
@org.springframework.stereotype.Component
class OrdersSection implements CustomerSection {

    private final CommerceManagement commerce;

    OrdersSection(CommerceManagement commerce) {
        this.commerce = commerce;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "customer.section.orders";
    }

    @Override
    public Component create(long customerId) {
        Locale locale = UI.getCurrent().getLocale();
        Grid<OrderView> grid = new Grid<>();
        grid.setId("customer-orders");
        grid.setHeight("24rem");
        grid.addColumn(OrderView::orderNumber).setHeader(UI.getCurrent().getTranslation("orders.number"));
        grid.addColumn(o -> StaffTimeZone.format(o.placedAt(), StaffTimeZone.current(), locale))
                .setHeader(UI.getCurrent().getTranslation("orders.placed"))
                .setAutoWidth(true);
        grid.addColumn(o -> UI.getCurrent()
                        .getTranslation("order.status." + o.status().name().toLowerCase(Locale.ROOT)))
                .setHeader(UI.getCurrent().getTranslation("orders.status"));
        grid.addColumn(o -> Amounts.format(o.total(), o.currency(), locale))
                .setHeader(UI.getCurrent().getTranslation("orders.total"));
        grid.addColumn(OrdersSection::lines)
                .setHeader(UI.getCurrent().getTranslation("orders.lines"))
                .setTooltipGenerator(OrdersSection::lines)
                .setFlexGrow(3);
        grid.setItems(query -> commerce.orders(customerId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) commerce.countOrders(customerId));
        grid.setEmptyStateText(UI.getCurrent().getTranslation("orders.empty"));
        return grid;
    }

    private static String lines(OrderView order) {
        return order.lines().stream().map(OrdersSection::describe).collect(Collectors.joining("; "));
    }

    private static String describe(OrderLineData line) {
        return line.quantity() + " × " + (line.description() == null ? line.sku() : line.description());
    }
}
