package app.cairn.segment.ui;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.ui.DashboardPanel;
import app.cairn.shared.ui.FactList;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;

/** The home page's largest segments, each with a bar for its size against the largest. */
@org.springframework.stereotype.Component
class SegmentSizesPanel implements DashboardPanel {

    private static final int SHOWN = 8;

    private final SegmentManagement segments;

    SegmentSizesPanel(SegmentManagement segments) {
        this.segments = segments;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "dashboard.segments";
    }

    @Override
    public Component create() {
        UI ui = UI.getCurrent();
        List<Segment> largest = segments.all().stream()
                .sorted(Comparator.comparingLong(Segment::members).reversed())
                .limit(SHOWN)
                .toList();
        FactList facts = new FactList("dashboard-segments");
        if (largest.isEmpty()) {
            return facts.note(ui.getTranslation("dashboard.segments.empty"));
        }
        NumberFormat n = NumberFormat.getIntegerInstance(ui.getLocale());
        long most = Math.max(1, largest.getFirst().members());
        for (Segment segment : largest) {
            facts.fact("segment", segment.name(), n.format(segment.members()));
            Div bar = new Div();
            bar.addClassName("cairn-size-bar");
            bar.getStyle().set("width", Math.max(1, Math.round(100.0 * segment.members() / most)) + "%");
            facts.line(bar);
        }
        return facts;
    }
}
