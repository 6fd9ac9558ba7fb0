package app.cairn.journey.ui;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.NodeType;
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
 * The side panel's form for one step: a field for each of its type's settings, each change handed on at once as
 * the step's whole new settings. Field ids are {@code journey-setting-<name>}.
 */
class StepForm extends VerticalLayout {

    private static final List<String> OPERATORS = List.of("eq", "ne", "gt", "gte", "lt", "lte", "contains");

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
        switch (step.type()) {
            case ENTRY_SEGMENT -> {
                fields.select("segment", choices.segments());
                fields.checkbox("existing");
            }
            case ENTRY_EVENT -> {
                fields.select("event", choices.events());
                fields.text("property");
                fields.select("operator", options("operator", OPERATORS));
                fields.text("value");
            }
            case ENTRY_DATE -> {
                fields.select("attribute", options("attribute", List.of("birthday", "signup")));
                fields.time("time");
            }
            case ENTRY_MANUAL -> add(new Paragraph(getTranslation("journey.help.manual")));
            case WAIT_DURATION -> fields.duration("duration");
            case WAIT_WINDOW -> {
                fields.days();
                fields.time("from");
                fields.time("until");
            }
            case WAIT_DATE -> fields.text("attribute");
            case WAIT_EVENT -> {
                fields.select("event", choices.events());
                fields.duration("timeout");
            }
            case BRANCH_CONDITION -> rule(rules);
            case BRANCH_ENGAGEMENT -> {
                fields.select("message", sendSteps());
                fields.select("action", options("action", List.of("opened", "clicked")));
                fields.number("hours");
            }
            case SPLIT_RANDOM -> fields.text("percentages");
            case EXPERIMENT -> {
                fields.text("percentages");
                fields.select("goal", choices.events());
                fields.checkbox("route");
            }
            case SEND_EMAIL -> fields.select("template", choices.templates());
            case SEND_SMS -> fields.textArea("text");
            case UPDATE_PROFILE -> {
                fields.text("field");
                fields.text("value");
            }
            case SEGMENT_MEMBERSHIP -> {
                fields.select("segment", choices.staticLists());
                fields.select("change", options("change", List.of("add", "remove")));
            }
            case WEBHOOK -> {
                fields.text("url");
                fields.secret();
            }
            case GOAL -> {
                fields.select("event", choices.events());
                fields.duration("within");
                fields.checkbox("exit");
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
