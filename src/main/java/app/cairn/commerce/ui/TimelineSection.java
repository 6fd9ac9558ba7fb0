package app.cairn.commerce.ui;

import app.cairn.commerce.Activity;
import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerSection;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The customer page's timeline, newest first, a page at a time: each event and order as a sentence ("Placed order
 * D8-1234, €54.20", "Viewed Blue Mug"), with an event's own details as plain "name: value" pairs.
 */
@org.springframework.stereotype.Component
class TimelineSection implements CustomerSection {

    private static final int MAX_DETAILS = 6;

    private final CommerceManagement commerce;
    private final JsonMapper json;

    TimelineSection(CommerceManagement commerce, JsonMapper json) {
        this.commerce = commerce;
        this.json = json;
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
        Grid<Activity> grid = new Grid<>();
        grid.setId("customer-timeline");
        grid.setHeight("24rem");
        grid.addColumn(e -> StaffTimeZone.format(e.at(), StaffTimeZone.current(), ui.getLocale()))
                .setHeader(ui.getTranslation("timeline.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> sentence(ui, e))
                .setHeader(ui.getTranslation("timeline.what"))
                .setFlexGrow(3);
        grid.addColumn(e -> details(e.properties()))
                .setHeader(ui.getTranslation("timeline.details"))
                .setFlexGrow(2);
        grid.setEmptyStateText(ui.getTranslation("timeline.empty"));
        grid.setItems(query -> commerce.activity(customerId, query.getOffset(), query.getLimit()).stream(), query ->
                (int) commerce.countActivity(customerId));
        return grid;
    }

    static String sentence(UI ui, Activity activity) {
        if (activity.isOrder()) {
            String text = ui.getTranslation(
                    "timeline.sentence.order",
                    activity.orderNumber(),
                    Amounts.format(activity.total(), activity.currency(), ui.getLocale()));
            boolean undone = activity.status() == OrderStatus.CANCELLED || activity.status() == OrderStatus.RETURNED;
            return undone ? text + " (" + ui.getTranslation(statusKey(activity.status())) + ")" : text;
        }
        String key = "timeline.sentence."
                + activity.type().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return activity.productName() == null
                ? ui.getTranslation(key)
                : ui.getTranslation(key + ".product", activity.productName());
    }

    private static String statusKey(OrderStatus status) {
        return "order.status." + status.name().toLowerCase(Locale.ROOT);
    }

    /** An event's own details as "name: value" pairs; a value that is itself a list or object is left out. */
    private String details(String properties) {
        if (properties == null || properties.isBlank()) {
            return "";
        }
        try {
            JsonNode node = json.readTree(properties);
            List<String> pairs = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getValue().isValueNode() && pairs.size() < MAX_DETAILS) {
                    pairs.add(field.getKey().replace('_', ' ') + ": "
                            + field.getValue().asString());
                }
            }
            return String.join(" · ", pairs);
        } catch (JacksonException unreadable) {
            return "";
        }
    }
}
