package app.cairn.support.ui;

import app.cairn.shared.ui.StaffTimeZone;
import app.cairn.support.SlaClock;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A ticket's SLA clocks beside it: each one's due time, or that it was met, is paused or was breached. */
final class SlaSummary extends VerticalLayout {

    SlaSummary() {
        setId("ticket-sla");
        setPadding(false);
        setSpacing(false);
    }

    void show(List<SlaClock> clocks, Instant now) {
        removeAll();
        for (SlaClock clock : clocks) {
            String metric = getTranslation("support.sla.metric."
                    + clock.metric().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            Span line = new Span();
            line.getElement().getThemeList().add("badge");
            if (clock.breachedAt() != null && clock.metAt() == null) {
                line.getElement().getThemeList().add("error");
                line.setText(getTranslation(
                        "support.sla.breached",
                        metric,
                        time(clock.dueAt() == null ? clock.breachedAt() : clock.dueAt())));
            } else if (clock.metAt() != null) {
                line.getElement().getThemeList().add("success");
                line.setText(getTranslation(
                        clock.breachedAt() == null ? "support.sla.met" : "support.sla.met-late", metric));
            } else if (clock.paused()) {
                line.getElement().getThemeList().add("contrast");
                line.setText(getTranslation("support.sla.paused", metric));
            } else {
                if (clock.dueAt() != null && clock.dueAt().isBefore(now.plusSeconds(3600))) {
                    line.getElement().getThemeList().add("error");
                }
                line.setText(getTranslation("support.sla.due", metric, time(clock.dueAt())));
            }
            line.getStyle().set("margin-bottom", "var(--lumo-space-xs)");
            add(line);
        }
        setVisible(!clocks.isEmpty());
    }

    private String time(Instant at) {
        return StaffTimeZone.format(at, StaffTimeZone.current(), getLocale());
    }
}
