package app.cairn.messaging.ui;

import app.cairn.messaging.BroadcastReport;
import app.cairn.messaging.SkipReason;
import app.cairn.shared.ui.Amounts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.text.NumberFormat;
import java.util.Map;

/** A broadcast report's figures as cards: count, and the rate of delivered messages where one applies. */
class ReportFigures extends Composite<FlexLayout> {

    ReportFigures() {
        getContent().setFlexWrap(FlexLayout.FlexWrap.WRAP);
        getContent().getStyle().set("gap", "var(--lumo-space-m)");
        getContent().setId("report-figures");
    }

    void show(BroadcastReport report) {
        FlexLayout cards = getContent();
        cards.removeAll();
        cards.add(
                card("queued", report.broadcast().queued(), null),
                card("sent", report.sent(), null),
                card("delivered", report.delivered(), null),
                card(
                        "bounced",
                        report.bounced(),
                        report.sent() == 0 ? null : (double) report.bounced() / report.sent()),
                card("opened", report.opened(), report.rate(report.opened())),
                card("clicked", report.clicked(), report.rate(report.clicked())),
                card("unsubscribed", report.unsubscribed(), report.rate(report.unsubscribed())),
                card("converted", report.converted(), report.rate(report.converted())),
                card("pending", report.pending(), null),
                card("failed", report.failed() + report.cancelled(), null));
        Span revenue =
                new Span(getTranslation("broadcasts.report.revenue", Amounts.format(report.revenue(), getLocale())));
        revenue.setId("report-revenue");
        cards.add(revenue);
        for (Map.Entry<SkipReason, Integer> skipped : report.skipped().entrySet()) {
            Span line = new Span(getTranslation(
                    "broadcasts.report.skipped",
                    getTranslation(skipped.getKey().labelKey()),
                    NumberFormat.getIntegerInstance(getLocale()).format(skipped.getValue())));
            line.addClassName("report-skip");
            cards.add(line);
        }
    }

    private Div card(String key, long count, Double rate) {
        Div card = new Div();
        card.setId("report-" + key);
        card.getStyle()
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("min-width", "8rem");
        Div label = new Div(getTranslation("broadcasts.report." + key));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div value = new Div(NumberFormat.getIntegerInstance(getLocale()).format(count));
        value.addClassName("figure-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        card.add(label, value);
        if (rate != null) {
            NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
            percent.setMaximumFractionDigits(1);
            Div share = new Div(percent.format(rate));
            share.addClassName("figure-rate");
            card.add(share);
        }
        return card;
    }
}
