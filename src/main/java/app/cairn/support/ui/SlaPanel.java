package app.cairn.support.ui;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.RefusedException;
import app.cairn.support.BusinessCalendar;
import app.cairn.support.SegmentSla;
import app.cairn.support.SlaSettings;
import app.cairn.support.SlaTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SLA set-up on the support settings page: business hours per weekday ("09:00-12:00, 13:00-17:00"; empty is
 * closed), holidays, the time zone, and the targets per priority in business minutes (empty: not measured).
 */
final class SlaPanel extends VerticalLayout {

    private final transient SlaSettings sla;
    private final ComboBox<String> zone = new ComboBox<>();
    private final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);
    private final TextArea holidays = new TextArea();
    private final TargetsForm goals = new TargetsForm("sla-");
    private final TargetsForm segmentGoals = new TargetsForm("sla-segment-");
    private final ComboBox<Segment> segment = new ComboBox<>();
    private final transient SegmentManagement segments;
    private final Paragraph error = new Paragraph();

    SlaPanel(SlaSettings sla, SegmentManagement segments) {
        this.sla = sla;
        this.segments = segments;
        setPadding(false);
        zone.setId("sla-zone");
        zone.setLabel(getTranslation("support.sla.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        FormLayout hours = new FormLayout(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField field = new TextField(day.getDisplayName(TextStyle.FULL, getLocale()));
            field.setId("sla-day-" + day.getValue());
            field.setPlaceholder(getTranslation("support.sla.closed"));
            days.put(day, field);
            hours.add(field);
        }
        holidays.setId("sla-holidays");
        holidays.setLabel(getTranslation("support.sla.holidays"));
        hours.add(holidays);
        segment.setId("sla-segment");
        segment.setLabel(getTranslation("support.sla.segment"));
        segment.setHelperText(getTranslation("support.sla.segment-help"));
        segment.setItems(segments.all());
        segment.setItemLabelGenerator(Segment::name);
        segment.setClearButtonVisible(true);
        segment.setWidth("24rem");
        error.setId("sla-error");
        Button save = new Button(getTranslation("support.settings.save"), e -> save());
        save.setId("sla-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H3(getTranslation("support.sla.title")),
                new Paragraph(getTranslation("support.sla.intro")),
                hours,
                goals,
                new H4(getTranslation("support.sla.segment-title")),
                segment,
                segmentGoals,
                error,
                new HorizontalLayout(save));
        fill();
    }

    private void fill() {
        BusinessCalendar calendar = sla.calendar()
                .orElse(BusinessCalendar.weekdays(
                        ZoneId.of("UTC"), new BusinessCalendar.Period(LocalTime.of(9, 0), LocalTime.of(17, 0))));
        zone.setValue(calendar.zone().getId());
        days.forEach((day, field) -> field.setValue(calendar.periods().getOrDefault(day, List.of()).stream()
                .map(p -> p.start() + "-" + p.end())
                .collect(Collectors.joining(", "))));
        holidays.setValue(
                calendar.holidays().stream().sorted().map(LocalDate::toString).collect(Collectors.joining("\n")));
        goals.show(sla.targets());
        sla.segmentTargets().ifPresent(own -> {
            segment.setValue(segments.find(own.segmentId()).orElse(null));
            segmentGoals.show(own.targets());
        });
    }

    private void save() {
        error.setText("");
        Map<DayOfWeek, List<BusinessCalendar.Period>> periods = new EnumMap<>(DayOfWeek.class);
        for (Map.Entry<DayOfWeek, TextField> day : days.entrySet()) {
            List<BusinessCalendar.Period> list = new ArrayList<>();
            for (String part : day.getValue().getValue().split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] ends = part.strip().split("\\s*-\\s*");
                try {
                    list.add(new BusinessCalendar.Period(LocalTime.parse(pad(ends[0])), LocalTime.parse(pad(ends[1]))));
                } catch (RuntimeException unreadable) {
                    error.setText(getTranslation(
                            "support.sla.error.period", day.getValue().getLabel(), part.strip()));
                    return;
                }
            }
            periods.put(day.getKey(), list);
        }
        Set<LocalDate> closed = new HashSet<>();
        for (String line : holidays.getValue().split("\\R")) {
            if (!line.isBlank()) {
                try {
                    closed.add(LocalDate.parse(line.strip()));
                } catch (DateTimeParseException unreadable) {
                    error.setText(getTranslation("support.sla.error.holiday", line.strip()));
                    return;
                }
            }
        }
        if (zone.getValue() == null) {
            error.setText(getTranslation("support.sla.error.zone"));
            return;
        }
        List<SlaTarget> own = segmentGoals.entered();
        if (segment.getValue() == null && !own.isEmpty()) {
            error.setText(getTranslation("support.sla.error.segment-missing"));
            return;
        }
        try {
            sla.save(
                    new BusinessCalendar(ZoneId.of(zone.getValue()), periods, closed),
                    goals.targets(),
                    segment.getValue() == null || own.isEmpty()
                            ? null
                            : new SegmentSla(segment.getValue().id(), own));
            Notification.show(getTranslation("support.sla.saved"));
        } catch (RefusedException refused) {
            error.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private static String pad(String time) {
        return time.length() == 4 ? "0" + time : time;
    }
}
