package app.cairn.journey.ui;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.ui.StepChoices.Choice;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.ui.RuleBuilder;
import app.cairn.segment.ui.RuleWords;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The side panel's form for one step: a field for each of its type's settings, each change handed on at once as
 * the step's whole new settings. Field ids are {@code journey-setting-<name>}.
 */
class StepForm extends VerticalLayout {

    /** Settings whose field carries a line of help ({@code journey.help.setting.<name>}). */
    private static final Set<String> HELPED =
            Set.of("existing", "property", "percentages", "field", "url", "secret", "route", "exit", "text");

    private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte", "contains");

    private final Map<String, String> settings;
    private final transient SerializableConsumer<Map<String, String>> onChange;
    private final List<JourneyNode> others;

    /**
     * @param others the journey's other steps (an engagement check names one of its send steps)
     * @param rules reads and writes a condition's rule as the JSON the step keeps, and checks it
     */
    StepForm(
            JourneyNode step,
            List<JourneyNode> others,
            StepChoices choices,
            RuleCodec rules,
            SerializableConsumer<Map<String, String>> onChange) {
        this.settings = new LinkedHashMap<>(step.settings());
        this.onChange = onChange;
        this.others = others;
        setPadding(false);
        setSpacing(true);
        switch (step.type()) {
            case ENTRY_SEGMENT -> {
                select("segment", choices.segments());
                checkbox("existing");
            }
            case ENTRY_EVENT -> {
                select("event", choices.events());
                text("property");
                select("operator", options("operator", OPERATORS));
                text("value");
            }
            case ENTRY_DATE -> {
                select("attribute", options("attribute", List.of("birthday", "signup")));
                time("time");
            }
            case ENTRY_MANUAL -> add(new Paragraph(getTranslation("journey.help.manual")));
            case WAIT_DURATION -> duration("duration");
            case WAIT_WINDOW -> {
                days();
                time("from");
                time("until");
            }
            case WAIT_DATE -> text("attribute");
            case WAIT_EVENT -> {
                select("event", choices.events());
                duration("timeout");
            }
            case BRANCH_CONDITION -> rule(rules);
            case BRANCH_ENGAGEMENT -> {
                select("message", sendSteps());
                select("action", options("action", List.of("opened", "clicked")));
                number("hours");
            }
            case SPLIT_RANDOM -> text("percentages");
            case EXPERIMENT -> {
                text("percentages");
                select("goal", choices.events());
                checkbox("route");
            }
            case SEND_EMAIL -> select("template", choices.templates());
            case SEND_SMS -> textArea("text");
            case UPDATE_PROFILE -> {
                text("field");
                text("value");
            }
            case SEGMENT_MEMBERSHIP -> {
                select("segment", choices.staticLists());
                select("change", options("change", List.of("add", "remove")));
            }
            case WEBHOOK -> {
                text("url");
                secret();
            }
            case GOAL -> {
                select("event", choices.events());
                duration("within");
                checkbox("exit");
            }
            case EXIT -> add(new Paragraph(getTranslation("journey.help.exit")));
        }
    }

    /** How the form reads and writes a condition step's rule. */
    interface RuleCodec extends java.io.Serializable {
        SegmentRule read(String json);

        String write(SegmentRule rule);

        List<RuleProblem> check(SegmentRule rule);
    }

    private void set(String name, String value) {
        if (value == null || value.isBlank()) {
            settings.remove(name);
        } else {
            settings.put(name, value.strip());
        }
        onChange.accept(Map.copyOf(settings));
    }

    private String label(String name) {
        return getTranslation("journey.setting." + name);
    }

    private <F extends Component & HasValue<?, ?>> F field(String name, F field) {
        field.setId("journey-setting-" + name);
        if (field instanceof com.vaadin.flow.component.HasSize sized) {
            sized.setWidthFull();
        }
        if (HELPED.contains(name) && field instanceof com.vaadin.flow.component.HasHelper h) {
            h.setHelperText(getTranslation("journey.help.setting." + name));
        }
        add(field);
        return field;
    }

    private void text(String name) {
        TextField field = field(name, new TextField(label(name)));
        field.setValue(settings.getOrDefault(name, ""));
        field.addValueChangeListener(e -> set(name, e.getValue()));
    }

    private void textArea(String name) {
        TextArea field = field(name, new TextArea(label(name)));
        field.setMaxLength(1000);
        field.setValue(settings.getOrDefault(name, ""));
        field.addValueChangeListener(e -> set(name, e.getValue()));
    }

    private void secret() {
        PasswordField field = field("secret", new PasswordField(label("secret")));
        field.setValue(settings.getOrDefault("secret", ""));
        field.addValueChangeListener(e -> set("secret", e.getValue()));
    }

    private void number(String name) {
        IntegerField field = field(name, new IntegerField(label(name)));
        field.setMin(1);
        field.setStepButtonsVisible(true);
        try {
            field.setValue(settings.containsKey(name) ? Integer.valueOf(settings.get(name)) : null);
        } catch (NumberFormatException unreadable) {
            field.clear();
        }
        field.addValueChangeListener(e -> set(name, e.getValue() == null ? null : String.valueOf(e.getValue())));
    }

    private void checkbox(String name) {
        Checkbox field = field(name, new Checkbox(label(name)));
        field.setValue("yes".equals(settings.get(name)));
        field.addValueChangeListener(e -> set(name, Boolean.TRUE.equals(e.getValue()) ? "yes" : null));
    }

    private void select(String name, List<Choice> items) {
        Select<Choice> field = field(name, new Select<>());
        field.setLabel(label(name));
        String current = settings.get(name);
        List<Choice> shown = new java.util.ArrayList<>(items);
        if (current != null && shown.stream().noneMatch(c -> c.value().equals(current))) {
            shown.add(new Choice(current, getTranslation("journey.choice.missing", current)));
        }
        field.setItems(shown);
        field.setItemLabelGenerator(c -> c == null ? "" : c.label());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("journey.choice.none"));
        shown.stream().filter(c -> c.value().equals(current)).findFirst().ifPresent(field::setValue);
        field.addValueChangeListener(
                e -> set(name, e.getValue() == null ? null : e.getValue().value()));
    }

    private void time(String name) {
        TimePicker field = field(name, new TimePicker(label(name)));
        try {
            field.setValue(settings.containsKey(name) ? LocalTime.parse(settings.get(name)) : null);
        } catch (java.time.format.DateTimeParseException unreadable) {
            field.clear();
        }
        field.addValueChangeListener(
                e -> set(name, e.getValue() == null ? null : e.getValue().toString()));
    }

    private void duration(String name) {
        DurationField field = field(name, new DurationField(label(name)));
        field.setValue(settings.getOrDefault(name, ""));
        field.amount().setId("journey-setting-" + name + "-amount");
        field.unit().setId("journey-setting-" + name + "-unit");
        field.addValueChangeListener(e -> set(name, e.getValue()));
    }

    private void days() {
        CheckboxGroup<DayOfWeek> field = field("days", new CheckboxGroup<>(label("days")));
        field.setItems(DayOfWeek.values());
        field.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, getLocale()));
        String current = settings.getOrDefault("days", "");
        field.setValue(Arrays.stream(DayOfWeek.values())
                .filter(d -> Arrays.stream(current.split(","))
                        .map(String::strip)
                        .anyMatch(p -> p.length() >= 3 && d.name().startsWith(p.toUpperCase(Locale.ROOT))))
                .collect(Collectors.toSet()));
        field.addValueChangeListener(e -> set("days", days(e.getValue())));
    }

    private static String days(Set<DayOfWeek> days) {
        return Arrays.stream(DayOfWeek.values())
                .filter(days::contains)
                .map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(","));
    }

    private void rule(RuleCodec rules) {
        RuleBuilder builder = new RuleBuilder();
        String current = settings.get("rule");
        SegmentRule rule = null;
        if (current != null) {
            try {
                rule = rules.read(current);
            } catch (RuntimeException unreadable) {
                add(new Paragraph(getTranslation("journey.problem.rule-invalid")));
            }
        }
        builder.setRule(rule);
        SerializableBiFunction<RuleProblem, Component, String> words = RuleWords::of;
        builder.addRuleChangeListener(changed -> {
            builder.showProblems(rules.check(changed), p -> words.apply(p, this));
            set("rule", rules.write(changed));
        });
        builder.showProblems(rules.check(builder.rule()), p -> words.apply(p, this));
        add(builder);
    }

    private List<Choice> sendSteps() {
        return others.stream()
                .filter(n -> n.type() == NodeType.SEND_EMAIL)
                .map(n -> new Choice(n.id(), n.id()))
                .toList();
    }

    private List<Choice> options(String name, List<String> values) {
        return values.stream()
                .map(v -> new Choice(v, getTranslation("journey.option." + name + "." + v)))
                .toList();
    }
}
