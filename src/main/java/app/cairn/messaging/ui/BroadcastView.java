package app.cairn.messaging.ui;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.BroadcastStatus;
import app.cairn.messaging.EngagementPoint;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Roles;
import app.cairn.shared.ui.LineChart;
import app.cairn.shared.ui.Poller;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * A broadcast's report: its status, what became of its messages (with rates of the delivered ones), whom it left
 * out and why, and first opens and clicks by hour. Follows a broadcast still going every few seconds.
 */
@Route("broadcasts/report")
@RolesAllowed({Roles.ADMIN, Roles.MARKETER})
public class BroadcastView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final int POLL_MS = 2000;

    private final transient BroadcastManagement broadcasts;
    private final H3 title = new H3();
    private final Span status = new Span();
    private final ReportFigures figures = new ReportFigures();
    private final LineChart opens = new LineChart();
    private final LineChart clicks = new LineChart();
    private final Button cancel = new Button();
    private final Poller poller = new Poller();
    private long id;

    /** Builds the page over the messaging module's API. */
    public BroadcastView(BroadcastManagement broadcasts) {
        this.broadcasts = broadcasts;
        status.setId("broadcast-status");
        cancel.setText(getTranslation("broadcasts.cancel"));
        cancel.setId("broadcast-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(e -> cancel());
        opens.getElement().setAttribute("id", "chart-opens");
        clicks.getElement().setAttribute("id", "chart-clicks");
        Button back = new Button(
                getTranslation("broadcasts.back"), e -> getUI().ifPresent(ui -> ui.navigate(BroadcastsView.class)));
        add(
                title,
                new HorizontalLayout(status, cancel, back),
                figures,
                new H4(getTranslation("broadcasts.report.opens-by-hour")),
                opens,
                new H4(getTranslation("broadcasts.report.clicks-by-hour")),
                clicks);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        id = parameter;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        poller.start(POLL_MS, this::refresh);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        poller.stop();
        super.onDetach(detachEvent);
    }

    private void refresh() {
        Broadcast broadcast = broadcasts.find(id).orElse(null);
        if (broadcast == null) {
            title.setText(getTranslation("broadcasts.error.not-found"));
            return;
        }
        title.setText(broadcast.name());
        status.setText(getTranslation(broadcast.status().labelKey()) + " · "
                + StaffTimeZone.format(broadcast.sendAt(), StaffTimeZone.current(), getLocale()));
        cancel.setVisible(
                broadcast.status() != BroadcastStatus.SENT && broadcast.status() != BroadcastStatus.CANCELLED);
        figures.show(broadcasts.report(id));
        List<EngagementPoint> points = broadcasts.engagementByHour(id);
        DateTimeFormatter hour = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(StaffTimeZone.current());
        opens.show(
                getTranslation("broadcasts.report.opened"),
                points.stream()
                        .map(p -> new LineChart.Point(hour.format(p.hour()), p.opens()))
                        .toList());
        clicks.show(
                getTranslation("broadcasts.report.clicked"),
                points.stream()
                        .map(p -> new LineChart.Point(hour.format(p.hour()), p.clicks()))
                        .toList());
    }

    private void cancel() {
        try {
            broadcasts.cancel(id);
            Notification.show(getTranslation("broadcasts.cancelled"));
        } catch (RefusedException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("broadcasts.report-title") + " · Cairn";
    }
}
