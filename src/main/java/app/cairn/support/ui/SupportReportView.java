package app.cairn.support.ui;

import app.cairn.shared.Roles;
import app.cairn.shared.ui.ChartCaption;
import app.cairn.shared.ui.FactList;
import app.cairn.shared.ui.LineChart;
import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.ReportSection;
import app.cairn.support.SupportFigures;
import app.cairn.support.SupportReport;
import app.cairn.support.TicketStatus;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The support report: what is open now; for the last 7, 30 or 90 days the tickets opened and solved (with a chart
 * of each per day), average first-response and resolution times, the share of SLA promises kept and satisfaction;
 * and the same per agent and per group; then what other modules add for the period (self-service answers).
 */
@Route("support/report")
@Menu(order = 6, icon = "vaadin:chart", title = "nav.support-report")
@RolesAllowed({Roles.ADMIN, Roles.AGENT})
public class SupportReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient SupportReport report;
    private final transient Clock clock;
    private final Select<Integer> period = new Select<>();
    private final Div content = new Div();
    private final transient List<ReportSection> sections;

    /** Builds the page over the support module's report. */
    public SupportReportView(SupportReport report, Clock clock, List<ReportSection> sections) {
        this.report = report;
        this.sections = List.copyOf(sections);
        this.clock = clock;
        period.setId("report-period");
        period.setLabel(getTranslation("support.report.period"));
        period.setItems(7, 30, 90);
        period.setItemLabelGenerator(days -> getTranslation("support.report.days", days));
        period.setValue(30);
        period.addValueChangeListener(e -> show());
        content.setWidthFull();
        add(new H2(getTranslation("nav.support-report")), period, content);
        show();
    }

    private void show() {
        ZoneId zone = StaffTimeZone.current();
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(period.getValue()));
        SupportFigures figures = report.of(from, to, zone);
        NumberFormat integer = NumberFormat.getIntegerInstance(getLocale());
        FactList now = new FactList("report-open");
        for (TicketStatus status :
                List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.ON_HOLD)) {
            now.fact(
                    status.name(),
                    TicketLabels.label(this, status),
                    integer.format(figures.openByStatus().getOrDefault(status, 0L)));
        }
        FactList totals = new FactList("report-totals");
        totals.fact("opened", getTranslation("support.report.opened"), integer.format(figures.opened()))
                .fact("solved", getTranslation("support.report.solved"), integer.format(figures.solved()))
                .fact(
                        "first-response",
                        getTranslation("support.report.first-response"),
                        duration(figures.firstResponse()))
                .fact("resolution", getTranslation("support.report.resolution"), duration(figures.resolution()))
                .fact("sla", getTranslation("support.report.sla"), sla(figures.sla()))
                .fact("csat", getTranslation("support.report.csat"), csat(figures.csat()));
        LineChart opened =
                chart("report-opened-chart", getTranslation("support.report.opened-per-day"), figures.openedPerDay());
        LineChart solved =
                chart("report-solved-chart", getTranslation("support.report.solved-per-day"), figures.solvedPerDay());
        content.removeAll();
        content.add(
                new H3(getTranslation("support.report.now")),
                now,
                new H3(getTranslation("support.report.in-period")),
                totals,
                ChartCaption.of(getTranslation("support.report.opened-per-day")),
                opened,
                ChartCaption.of(getTranslation("support.report.solved-per-day")),
                solved,
                new H3(getTranslation("support.report.per-agent")),
                table("report-agents", figures.agents()),
                new H3(getTranslation("support.report.per-group")),
                table("report-groups", figures.groups()));
        for (ReportSection section : sections) {
            content.add(new H3(getTranslation(section.titleKey())), section.create(from, to));
        }
    }

    private LineChart chart(String id, String name, List<SupportFigures.DayCount> days) {
        DateTimeFormatter format =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale());
        LineChart chart = new LineChart();
        chart.setId(id);
        chart.show(
                name,
                days.stream()
                        .map(d -> new LineChart.Point(format.format(d.day()), d.count()))
                        .toList());
        return chart;
    }

    private Grid<SupportFigures.Row> table(String id, List<SupportFigures.Row> rows) {
        Grid<SupportFigures.Row> grid = new Grid<>();
        grid.setId(id);
        grid.addColumn(SupportFigures.Row::name)
                .setHeader(getTranslation("support.report.name"))
                .setFlexGrow(2);
        grid.addColumn(SupportFigures.Row::solved).setHeader(getTranslation("support.report.solved"));
        grid.addColumn(r -> duration(r.firstResponse())).setHeader(getTranslation("support.report.first-response"));
        grid.addColumn(r -> duration(r.resolution())).setHeader(getTranslation("support.report.resolution"));
        grid.addColumn(r -> sla(r.sla())).setHeader(getTranslation("support.report.sla"));
        grid.addColumn(r -> csat(r.csat())).setHeader(getTranslation("support.report.csat"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("support.report.empty"));
        return grid;
    }

    private String duration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        long minutes = duration.toMinutes();
        return minutes < 120
                ? getTranslation("support.report.minutes", minutes)
                : getTranslation(
                        "support.report.hours",
                        NumberFormat.getNumberInstance(getLocale()).format(Math.round(minutes / 6.0) / 10.0));
    }

    private String sla(SupportFigures.Sla sla) {
        return sla.metPercent() == null
                ? "–"
                : getTranslation(
                        "support.report.sla-value",
                        Math.round(sla.metPercent()),
                        sla.met(),
                        sla.met() + sla.breached());
    }

    private String csat(SupportFigures.Satisfaction csat) {
        return csat.answers() == 0
                ? "–"
                : getTranslation(
                        "support.report.csat-value",
                        NumberFormat.getNumberInstance(getLocale()).format(Math.round(csat.average() * 10) / 10.0),
                        csat.answers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.support-report");
    }
}
