package app.cairn.journey.ui;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
import app.cairn.journey.step.SettingField;
import app.cairn.journey.ui.StepChoices.Choice;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.ui.RuleBuilder;
import app.cairn.segment.ui.RuleWords;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The side panel's form for one step: the fields its kind declares ({@link NodeType#form()}), each change handed
 * on at once as the step's whole new settings. Field ids are {@code journey-setting-<name>}.
 */
class StepForm extends VerticalLayout {

    private final Map<String, String> settings;
    private final transient SerializableConsumer<Map<String, String>> onChange;
    private final List<JourneyNode> others;
    private final SettingFields fields;

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
        this.fields = new SettingFields(this, settings, this::set);
        setPadding(false);
        setSpacing(true);
        for (SettingField field : step.type().form()) {
            add(field, choices, rules);
        }
    }

    /** Draws one of the fields the step's kind declares. */
    private void add(SettingField field, StepChoices choices, RuleCodec rules) {
        String name = field.name();
        switch (field.input()) {
            case TEXT -> fields.text(name);
            case TEXT_AREA -> fields.textArea(name);
            case SECRET -> fields.secret(name);
            case NUMBER -> fields.number(name);
            case CHECKBOX -> fields.checkbox(name);
            case TIME -> fields.time(name);
            case DURATION -> fields.duration(name);
            case DAYS -> fields.days(name);
            case RULE -> rule(name, rules);
            case OPTIONS -> fields.select(name, options(name, field.options()));
            case SEGMENT -> fields.select(name, choices.segments());
            case STATIC_LIST -> fields.select(name, choices.staticLists());
            case EVENT -> fields.select(name, choices.events());
            case TEMPLATE -> fields.select(name, choices.templates());
            case SEND_STEP -> fields.select(name, sendSteps());
            case NOTE -> add(new Paragraph(getTranslation(name)));
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

    private void rule(String name, RuleCodec rules) {
        RuleBuilder builder = new RuleBuilder();
        String current = settings.get(name);
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
            set(name, rules.write(changed));
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
