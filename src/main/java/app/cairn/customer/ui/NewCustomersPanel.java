package app.cairn.customer.ui;

import app.cairn.customer.CustomerGrowth;
import app.cairn.shared.WeeklyFigure;
import app.cairn.shared.ui.ChartCaption;
import app.cairn.shared.ui.DashboardPanel;
import app.cairn.shared.ui.FactList;
import app.cairn.shared.ui.LineChart;
import app.cairn.shared.ui.WeekLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.List;

/** The home page's new customers, week by week over the last twelve weeks. */
@org.springframework.stereotype.Component
class NewCustomersPanel implements DashboardPanel {

    private static final int WEEKS = 12;

    private final CustomerGrowth growth;

    NewCustomersPanel(CustomerGrowth growth) {
        this.growth = growth;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "dashboard.new-customers";
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        List<WeeklyFigure> weeks = growth.newPerWeek(WEEKS);
        FactList total = new FactList("dashboard-new-customers-total")
                .fact(
                        "new-customers",
                        ui.getTranslation("dashboard.new-customers.total", WEEKS),
                        NumberFormat.getIntegerInstance(ui.getLocale())
                                .format(weeks.stream()
                                        .mapToLong(WeeklyFigure::count)
                                        .sum()));
        LineChart chart = new LineChart();
        chart.setId("dashboard-new-customers-chart");
        chart.show(
                ui.getTranslation("dashboard.new-customers.series"),
                WeekLabels.points(weeks, WeeklyFigure::count, ui.getLocale()));
        return new Div(total, ChartCaption.of(ui.getTranslation("dashboard.new-customers.series")), chart);
    }
}
