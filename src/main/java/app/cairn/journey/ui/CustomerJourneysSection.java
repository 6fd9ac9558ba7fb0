package app.cairn.journey.ui;

import app.cairn.customer.CustomerSection;
import app.cairn.journey.CustomerJourney;
import app.cairn.journey.JourneyStatistics;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The customer page's journeys: each journey the customer entered, with the version, the step they are at (or
 * ended at, and why), when they entered and when the engine next looks at them; opening a row lists the steps
 * taken with their times and the way each was left.
 */
@org.springframework.stereotype.Component
class CustomerJourneysSection implements CustomerSection {

    private final JourneyStatistics statistics;

    CustomerJourneysSection(JourneyStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "customer.section.journeys";
    }

    @Override
    public Component create(long customerId) {
        UI ui = UI.getCurrent();
        Locale locale = ui.getLocale();
        ZoneId zone = StaffTimeZone.current();
        Grid<CustomerJourney> grid = new Grid<>();
        grid.setId("customer-journeys");
        grid.setAllRowsVisible(true);
        grid.addColumn(CustomerJourney::journeyName)
                .setHeader(ui.getTranslation("journeys.name"))
                .setFlexGrow(2);
        grid.addColumn(j -> j.version()).setHeader(ui.getTranslation("journeys.version"));
        grid.addColumn(j -> j.node() + " · " + ui.getTranslation(j.nodeType().labelKey()))
                .setHeader(ui.getTranslation("journeys.step"))
                .setFlexGrow(2);
        grid.addColumn(j -> j.endReason() == null
                        ? ui.getTranslation("journeys.in-journey")
                        : ui.getTranslation(j.endReason().labelKey()))
                .setHeader(ui.getTranslation("journeys.state"));
        grid.addColumn(j -> time(j.enteredAt(), zone, locale)).setHeader(ui.getTranslation("journeys.entered"));
        grid.addColumn(j -> j.endedAt() != null ? time(j.endedAt(), zone, locale) : time(j.nextAt(), zone, locale))
                .setHeader(ui.getTranslation("journeys.next-or-ended"));
        grid.setItemDetailsRenderer(new ComponentRenderer<>(j -> steps(j, zone, locale)));
        grid.setEmptyStateText(ui.getTranslation("customer.card.journeys.empty"));
        grid.setItems(statistics.ofCustomer(customerId));
        return grid;
    }

    private static Component steps(CustomerJourney journey, ZoneId zone, Locale locale) {
        UI ui = UI.getCurrent();
        Div list = new Div();
        list.addClassName("cairn-journey-steps");
        for (CustomerJourney.Step step : journey.steps()) {
            String way = step.output() == null ? "" : " → " + step.output();
            String note = step.noteKey() == null
                    ? ""
                    : " ("
                            + (step.noteArgumentKey() == null
                                    ? ui.getTranslation(step.noteKey())
                                    : ui.getTranslation(step.noteKey(), ui.getTranslation(step.noteArgumentKey())))
                            + ")";
            Span line = new Span(time(step.arrivedAt(), zone, locale) + " – " + time(step.leftAt(), zone, locale) + "  "
                    + step.node() + " · " + ui.getTranslation(step.type().labelKey()) + way + note);
            line.getElement().setAttribute("data-step", step.node());
            list.add(new Div(line));
        }
        return list;
    }

    private static String time(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : StaffTimeZone.format(at, zone, locale);
    }
}
