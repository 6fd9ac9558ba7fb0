package app.cairn.journey.ui;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneySettings;
import app.cairn.journey.JourneySettings.Reentry;
import app.cairn.journey.JourneyVersion;
import app.cairn.shared.RefusedException;
import app.cairn.shared.ui.StaffTimeZone;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Locale;

/**
 * The side panel when no step is picked: the journey's name, its settings (re-entry, leaving with the segment,
 * the sending rules), the problems that belong to no single step, and its published versions.
 */
class JourneySettingsPanel extends VerticalLayout {

    private final Select<Reentry> reentry = new Select<>();
    private final IntegerField days = new IntegerField();
    private final Checkbox exitOnSegmentExit = new Checkbox();
    private final Checkbox sendingRules = new Checkbox();
    private final transient SerializableConsumer<JourneySettings> onChange;

    JourneySettingsPanel(
            Journey journey,
            JourneySettings settings,
            List<String> problems,
            List<JourneyVersion> versions,
            boolean readOnly,
            SerializableConsumer<String> onRename,
            SerializableConsumer<JourneySettings> onChange) {
        this.onChange = onChange;
        setPadding(false);
        setId("journey-settings-panel");
        H3 heading = new H3(getTranslation("journey.settings"));
        heading.getStyle().set("margin", "0");
        add(heading, new Paragraph(getTranslation("journey.settings.help")));
        TextField name = new TextField(getTranslation("journey.name"));
        name.setId("journey-name");
        name.setWidthFull();
        reentry.setWidthFull();
        name.setValue(journey.name());
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                try {
                    onRename.accept(e.getValue());
                    name.setInvalid(false);
                } catch (RefusedException refused) {
                    name.setInvalid(true);
                    name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                }
            }
        });
        reentry.setId("journey-reentry");
        reentry.setLabel(getTranslation("journey.reentry"));
        reentry.setItems(Reentry.values());
        reentry.setItemLabelGenerator(
                r -> getTranslation("journey.reentry." + r.name().toLowerCase(Locale.ROOT)));
        reentry.setValue(settings.reentry());
        days.setId("journey-reentry-days");
        days.setLabel(getTranslation("journey.reentry.days"));
        days.setMin(1);
        days.setMax(3650);
        days.setValue(settings.reentry() == Reentry.AFTER_DAYS ? settings.reentryDays() : 30);
        days.setVisible(settings.reentry() == Reentry.AFTER_DAYS);
        exitOnSegmentExit.setId("journey-exit-on-segment-exit");
        exitOnSegmentExit.setLabel(getTranslation("journey.exit-on-segment-exit"));
        exitOnSegmentExit.setValue(settings.exitOnSegmentExit());
        sendingRules.setId("journey-sending-rules");
        sendingRules.setLabel(getTranslation("journey.sending-rules"));
        sendingRules.setValue(settings.sendingRules());
        reentry.addValueChangeListener(e -> {
            days.setVisible(e.getValue() == Reentry.AFTER_DAYS);
            changed();
        });
        days.addValueChangeListener(e -> changed());
        exitOnSegmentExit.addValueChangeListener(e -> changed());
        sendingRules.addValueChangeListener(e -> changed());
        add(name, reentry, days, exitOnSegmentExit, sendingRules);
        name.setReadOnly(readOnly);
        reentry.setReadOnly(readOnly);
        days.setReadOnly(readOnly);
        exitOnSegmentExit.setReadOnly(readOnly);
        sendingRules.setReadOnly(readOnly);
        if (!problems.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("journey-problems");
            problems.forEach(p -> list.add(new ListItem(p)));
            list.getStyle().set("color", "var(--lumo-error-text-color)");
            add(list);
        }
        add(new H3(getTranslation("journey.versions")));
        if (versions.isEmpty()) {
            add(new Paragraph(getTranslation("journey.versions.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("journey-versions");
            versions.reversed()
                    .forEach(v -> list.add(new ListItem(getTranslation(
                            "journey.version",
                            v.number(),
                            StaffTimeZone.format(v.publishedAt(), StaffTimeZone.current(), getLocale()),
                            v.publishedBy() == null ? "" : v.publishedBy()))));
            add(list);
        }
    }

    private void changed() {
        Reentry chosen = reentry.getValue() == null ? Reentry.NEVER : reentry.getValue();
        Integer n = days.getValue();
        if (chosen == Reentry.AFTER_DAYS && (n == null || n < 1 || n > 3650)) {
            days.setInvalid(true);
            days.setErrorMessage(getTranslation("journey.reentry.days-range"));
            return;
        }
        days.setInvalid(false);
        onChange.accept(new JourneySettings(
                chosen, chosen == Reentry.AFTER_DAYS ? n : 0, exitOnSegmentExit.getValue(), sendingRules.getValue()));
    }
}
