package app.cairn.messaging.ui;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.BroadcastReport;
import app.cairn.shared.ui.Amounts;
import app.cairn.shared.ui.DashboardPanel;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.text.NumberFormat;
import java.util.List;

/** The home page's last broadcasts: how many were delivered, opened, clicked and converted, with the revenue. */
@org.springframework.stereotype.Component
class RecentBroadcastsPanel implements DashboardPanel {

    private static final int SHOWN = 5;

    private final BroadcastManagement broadcasts;

    RecentBroadcastsPanel(BroadcastManagement broadcasts) {
        this.broadcasts = broadcasts;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String titleKey() {
        return "dashboard.broadcasts";
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        List<Broadcast> latest = broadcasts.page(false, 0, SHOWN);
        FactList facts = new FactList("dashboard-broadcasts");
        if (latest.isEmpty()) {
            return facts.note(ui.getTranslation("dashboard.broadcasts.empty"));
        }
        NumberFormat n = NumberFormat.getIntegerInstance(ui.getLocale());
        NumberFormat percent = NumberFormat.getPercentInstance(ui.getLocale());
        percent.setMaximumFractionDigits(1);
        for (Broadcast broadcast : latest) {
            BroadcastReport report = broadcasts.report(broadcast.id());
            String revenue = report.revenue().isEmpty() ? "" : " · " + Amounts.format(report.revenue(), ui.getLocale());
            facts.fact(
                    "broadcast",
                    broadcast.name(),
                    ui.getTranslation(
                                    "dashboard.broadcasts.figures",
                                    ui.getTranslation(broadcast.status().labelKey()),
                                    n.format(report.delivered()),
                                    percent.format(report.rate(report.opened())),
                                    percent.format(report.rate(report.clicked())),
                                    n.format(report.converted()))
                            + revenue);
        }
        return facts;
    }
}
