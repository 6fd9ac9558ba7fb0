package app.cairn.journey.ui;

import app.cairn.journey.ui.StepChoices.Choice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields a step's form is made of, one kind per method: each shows a setting's value as stored (text) and
 * hands a change on as text, or null to clear it. Field ids are {@code journey-setting-<name>}; labels and
 * help are {@code journey.setting.<name>} and {@code journey.help.setting.<name>}.
 */
final class SettingFields implements Serializable {

    /** Settings whose field carries a line of help ({@code journey.help.setting.<name>}). */
    private static final Set<String> HELPED =
            Set.of("existing", "property", "percentages", "field", "url", "secret", "route", "exit", "text");

    private final VerticalLayout form;
    private final Map<String, String> settings;
    private final SerializableBiConsumer<String, String> set;

    /**
     * @param form where the fields go
     * @param settings the step's settings as stored, read for the fields' values
     * @param set called with a setting's name and new value (null to clear it)
     */
    SettingFields(VerticalLayout form, Map<String, String> settings, SerializableBiConsumer<String, String> set) {
        this.form = form;
        this.settings = settings;
        this.set = set;
    }

    private String label(String name) {
        return form.getTranslation("journey.setting." + name);
    }

    private <F extends Component & HasValue<?, ?>> F field(String name, F field) {
        field.setId("journey-setting-" + name);
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        if (HELPED.contains(name) && field instanceof com.vaadin.flow.component.HasHelper h) {
            h.setHelperText(form.getTranslation("journey.help.setting." + name));
        }
        form.add(field);
        return field;
    }

    void text(String name) {
        TextField field = field(name, new TextField(label(name)));
        field.setValue(settings.getOrDefault(name, ""));
        field.addValueChangeListener(e -> set.accept(name, e.getValue()));
    }

    void textArea(String name) {
        TextArea field = field(name, new TextArea(label(name)));
        field.setMaxLength(1000);
        field.setValue(settings.getOrDefault(name, ""));
        field.addValueChangeListener(e -> set.accept(name, e.getValue()));
    }

    void secret(String name) {
        PasswordField field = field(name, new PasswordField(label(name)));
        field.setValue(settings.getOrDefault(name, ""));
        field.addValueChangeListener(e -> set.accept(name, e.getValue()));
    }

    void number(String name) {
        IntegerField field = field(name, new IntegerField(label(name)));
        field.setMin(1);
        field.setStepButtonsVisible(true);
        try {
            field.setValue(settings.containsKey(name) ? Integer.valueOf(settings.get(name)) : null);
        } catch (NumberFormatException unreadable) {
            field.clear();
        }
        field.addValueChangeListener(e -> set.accept(name, e.getValue() == null ? null : String.valueOf(e.getValue())));
    }

    void checkbox(String name) {
        Checkbox field = field(name, new Checkbox(label(name)));
        field.setValue("yes".equals(settings.get(name)));
        field.addValueChangeListener(e -> set.accept(name, Boolean.TRUE.equals(e.getValue()) ? "yes" : null));
    }

    void select(String name, List<Choice> items) {
        Select<Choice> field = field(name, new Select<>());
        field.setLabel(label(name));
        String current = settings.get(name);
        List<Choice> shown = new java.util.ArrayList<>(items);
        if (current != null && shown.stream().noneMatch(c -> c.value().equals(current))) {
            shown.add(new Choice(current, form.getTranslation("journey.choice.missing", current)));
        }
        field.setItems(shown);
        field.setItemLabelGenerator(c -> c == null ? "" : c.label());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(form.getTranslation("journey.choice.none"));
        shown.stream().filter(c -> c.value().equals(current)).findFirst().ifPresent(field::setValue);
        field.addValueChangeListener(
                e -> set.accept(name, e.getValue() == null ? null : e.getValue().value()));
    }

    void time(String name) {
        TimePicker field = field(name, new TimePicker(label(name)));
        try {
            field.setValue(settings.containsKey(name) ? LocalTime.parse(settings.get(name)) : null);
        } catch (java.time.format.DateTimeParseException unreadable) {
            field.clear();
        }
        field.addValueChangeListener(
                e -> set.accept(name, e.getValue() == null ? null : e.getValue().toString()));
    }

    void duration(String name) {
        DurationField field = field(name, new DurationField(label(name)));
        field.setValue(settings.getOrDefault(name, ""));
        field.amount().setId("journey-setting-" + name + "-amount");
        field.unit().setId("journey-setting-" + name + "-unit");
        field.addValueChangeListener(e -> set.accept(name, e.getValue()));
    }

    void days(String name) {
        CheckboxGroup<DayOfWeek> field = field(name, new CheckboxGroup<>(label(name)));
        field.setItems(DayOfWeek.values());
        field.setItemLabelGenerator(d -> d.getDisplayName(
                TextStyle.SHORT, com.vaadin.flow.component.UI.getCurrent().getLocale()));
        String current = settings.getOrDefault(name, "");
        field.setValue(Arrays.stream(DayOfWeek.values())
                .filter(d -> Arrays.stream(current.split(","))
                        .map(String::strip)
                        .anyMatch(p -> p.length() >= 3 && d.name().startsWith(p.toUpperCase(Locale.ROOT))))
                .collect(Collectors.toSet()));
        field.addValueChangeListener(e -> set.accept(name, days(e.getValue())));
    }

    private static String days(Set<DayOfWeek> days) {
        return Arrays.stream(DayOfWeek.values())
                .filter(days::contains)
                .map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(","));
    }
}
