package app.cairn.support.ui;

import app.cairn.support.SlaTarget;
import app.cairn.support.TicketPriority;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** SLA targets per priority in business minutes (empty: not measured), as a grid of fields. */
final class TargetsForm extends FormLayout {

    private static final String[] METRICS = {"first-response", "next-response", "resolution"};

    private final Map<TicketPriority, IntegerField[]> fields = new EnumMap<>(TicketPriority.class);

    /** @param idPrefix what the fields' ids start with, e.g. {@code sla-} */
    TargetsForm(String idPrefix) {
        setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
        for (TicketPriority priority : TicketPriority.values()) {
            IntegerField[] row = new IntegerField[3];
            add(new Paragraph(TicketLabels.label(this, priority)));
            for (int i = 0; i < 3; i++) {
                row[i] = new IntegerField(getTranslation("support.sla.metric." + METRICS[i]));
                row[i].setId(idPrefix + priority.name().toLowerCase(Locale.ROOT) + "-" + METRICS[i]);
                row[i].setSuffixComponent(new Span(getTranslation("support.sla.minutes")));
                add(row[i]);
            }
            fields.put(priority, row);
        }
    }

    /** Shows these targets; priorities without one are left empty. */
    void show(List<SlaTarget> targets) {
        fields.values().forEach(row -> {
            for (IntegerField field : row) {
                field.clear();
            }
        });
        for (SlaTarget target : targets) {
            IntegerField[] row = fields.get(target.priority());
            row[0].setValue(minutes(target.firstResponse()));
            row[1].setValue(minutes(target.nextResponse()));
            row[2].setValue(minutes(target.resolution()));
        }
    }

    /** The targets as entered, one per priority. */
    List<SlaTarget> targets() {
        List<SlaTarget> targets = new ArrayList<>();
        fields.forEach((priority, row) ->
                targets.add(new SlaTarget(priority, duration(row[0]), duration(row[1]), duration(row[2]))));
        return targets;
    }

    /** The targets entered for at least one metric. */
    List<SlaTarget> entered() {
        return targets().stream()
                .filter(t -> t.firstResponse() != null || t.nextResponse() != null || t.resolution() != null)
                .toList();
    }

    private static Integer minutes(Duration duration) {
        return duration == null ? null : (int) duration.toMinutes();
    }

    private static Duration duration(IntegerField field) {
        return field.getValue() == null ? null : Duration.ofMinutes(field.getValue());
    }
}
