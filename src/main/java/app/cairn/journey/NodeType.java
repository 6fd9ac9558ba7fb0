package app.cairn.journey;

import java.util.List;

/**
 * The kinds of step a journey is drawn from, each with the outputs it leads on by and the settings it cannot do
 * without. A random split's outputs are its variants ({@code a}, {@code b}, …), given by its settings.
 */
public enum NodeType {
    ENTRY_SEGMENT(Kind.ENTRY, List.of("next"), List.of("segment")),
    ENTRY_EVENT(Kind.ENTRY, List.of("next"), List.of("event")),
    ENTRY_DATE(Kind.ENTRY, List.of("next"), List.of("attribute", "time")),
    ENTRY_MANUAL(Kind.ENTRY, List.of("next"), List.of()),
    WAIT_DURATION(Kind.WAIT, List.of("next"), List.of("duration")),
    WAIT_WINDOW(Kind.WAIT, List.of("next"), List.of("days", "from", "until")),
    WAIT_DATE(Kind.WAIT, List.of("next"), List.of("attribute")),
    WAIT_EVENT(Kind.WAIT, List.of("happened", "timeout"), List.of("event", "timeout")),
    BRANCH_CONDITION(Kind.BRANCH, List.of("yes", "no"), List.of("rule")),
    BRANCH_ENGAGEMENT(Kind.BRANCH, List.of("yes", "no"), List.of("message", "action", "hours")),
    SPLIT_RANDOM(Kind.BRANCH, List.of(), List.of("percentages")),
    EXPERIMENT(Kind.BRANCH, List.of(), List.of("percentages", "goal")),
    SEND_EMAIL(Kind.ACTION, List.of("next"), List.of("template")),
    SEND_SMS(Kind.ACTION, List.of("next"), List.of("text")),
    UPDATE_PROFILE(Kind.ACTION, List.of("next"), List.of("field", "value")),
    SEGMENT_MEMBERSHIP(Kind.ACTION, List.of("next"), List.of("segment", "change")),
    WEBHOOK(Kind.ACTION, List.of("next"), List.of("url", "secret")),
    GOAL(Kind.GOAL, List.of("next"), List.of("event")),
    EXIT(Kind.EXIT, List.of(), List.of());

    /** What a step does to a customer's way through the journey. */
    public enum Kind {
        ENTRY,
        WAIT,
        BRANCH,
        ACTION,
        GOAL,
        EXIT
    }

    private final Kind kind;
    private final List<String> outputs;
    private final List<String> required;

    NodeType(Kind kind, List<String> outputs, List<String> required) {
        this.kind = kind;
        this.outputs = outputs;
        this.required = required;
    }

    /** Key of the type's name in the UI translations, such as {@code journey.node.wait-duration}. */
    public String labelKey() {
        return "journey.node." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** What the step does. */
    public Kind kind() {
        return kind;
    }

    /** The outputs every step of this type has (a split's come from its settings). */
    public List<String> fixedOutputs() {
        return outputs;
    }

    /** The settings a step of this type must have before the journey can be published. */
    public List<String> requiredSettings() {
        return required;
    }
}
