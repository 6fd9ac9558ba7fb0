package app.cairn.commerce.ui;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.TimelineEvent;
import app.cairn.customer.CustomerSection;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/** The customer page's event timeline, newest first, loaded a page at a time. */
@org.springframework.stereotype.Component
class TimelineSection implements CustomerSection {

    private final CommerceManagement commerce;

    TimelineSection(CommerceManagement commerce) {
        this.commerce = commerce;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "customer.section.timeline";
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        Grid<TimelineEvent> grid = new Grid<>();
        grid.setId("customer-timeline");
        grid.setHeight("24rem");
        grid.addColumn(e -> StaffTimeZone.format(e.occurredAt(), StaffTimeZone.current(), ui.getLocale()))
                .setHeader(ui.getTranslation("timeline.when"));
        grid.addColumn(e -> ui.getTranslation(e.type().labelKey())).setHeader(ui.getTranslation("timeline.event"));
        grid.addColumn(e -> e.productName() == null ? "" : e.productName())
                .setHeader(ui.getTranslation("timeline.product"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.properties() == null ? "" : e.properties())
                .setHeader(ui.getTranslation("timeline.details"))
                .setFlexGrow(2);
        grid.setItems(query -> commerce.timeline(customerId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) commerce.countEvents(customerId));
        return grid;
    }
}
