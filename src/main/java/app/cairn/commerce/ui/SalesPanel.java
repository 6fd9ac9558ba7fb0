package app.cairn.commerce.ui;

import app.cairn.commerce.SalesFigures;
import app.cairn.shared.WeeklyFigure;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.ChartCaption;
import app.cairn.shared.ui.DashboardPanel;
import app.cairn.shared.ui.FactList;
import app.cairn.shared.ui.LineChart;
import app.cairn.shared.ui.WeekLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;

/** The home page's revenue (reporting currency) and orders, week by week over the last twelve weeks. */
@org.springframework.stereotype.Component
class SalesPanel implements DashboardPanel {

    static final int WEEKS = 12;

    private final SalesFigures sales;

    SalesPanel(SalesFigures sales) {
        this.sales = sales;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "dashboard.sales";
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        String currency = sales.currency();
        List<WeeklyFigure> weeks = sales.weekly(WEEKS);
        BigDecimal revenue = weeks.stream().map(WeeklyFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long orders = weeks.stream().mapToLong(WeeklyFigure::count).sum();
        FactList totals = new FactList("dashboard-sales-totals")
                .fact(
                        "revenue",
                        ui.getTranslation("dashboard.sales.revenue", WEEKS),
                        Amounts.format(revenue, currency, ui.getLocale()))
                .fact(
                        "orders",
                        ui.getTranslation("dashboard.sales.orders", WEEKS),
                        NumberFormat.getIntegerInstance(ui.getLocale()).format(orders));
        long unconverted = sales.unconverted(WEEKS);
        if (unconverted > 0) {
            totals.note(ui.getTranslation("dashboard.sales.unconverted", unconverted, currency));
        }
        LineChart revenueChart = new LineChart();
        revenueChart.setId("dashboard-revenue-chart");
        revenueChart.show(
                ui.getTranslation("dashboard.sales.revenue-series", currency),
                WeekLabels.points(weeks, w -> w.amount().doubleValue(), ui.getLocale()));
        LineChart orderChart = new LineChart();
        orderChart.setId("dashboard-orders-chart");
        orderChart.show(
                ui.getTranslation("dashboard.sales.orders-series"),
                WeekLabels.points(weeks, WeeklyFigure::count, ui.getLocale()));
        return new Div(
                totals,
                ChartCaption.of(ui.getTranslation("dashboard.sales.revenue-series", currency)),
                revenueChart,
                ChartCaption.of(ui.getTranslation("dashboard.sales.orders-series")),
                orderChart);
    }
}
