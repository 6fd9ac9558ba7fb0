package app.cairn.journey.step;

import java.util.List;

/**
 * One field of a step's form, as the step kind declares it: the setting it edits and the kind of input. The side
 * panel draws the fields in the order declared; their labels and help are translated by the setting's name.
 *
 * @param name the setting's stored name (for a {@link Input#NOTE}, the translation key of the note)
 * @param input what kind of input edits it
 * @param options the words an {@link Input#OPTIONS} field offers, as stored; empty for other inputs
 */
public record SettingField(String name, Input input, List<String> options) {

    /** The kinds of input a step's form is made of. */
    public enum Input {
        TEXT,
        TEXT_AREA,
        SECRET,
        /** A whole number above zero. */
        NUMBER,
        CHECKBOX,
        TIME,
        /** A {@link WaitLength}, as an amount and a unit. */
        DURATION,
        DAYS,
        /** A segment rule, edited with the segment rule builder. */
        RULE,
        /** One of the field's {@link SettingField#options() options}. */
        OPTIONS,
        /** Any segment. */
        SEGMENT,
        /** A static segment (a list kept by hand). */
        STATIC_LIST,
        /** A kind of customer event. */
        EVENT,
        /** An e-mail template. */
        TEMPLATE,
        /** One of the journey's send-e-mail steps. */
        SEND_STEP,
        /** No input: a line of explanation. */
        NOTE
    }

    public SettingField {
        options = List.copyOf(options);
    }

    /** A field of any input but {@link Input#OPTIONS}. */
    public static SettingField of(String name, Input input) {
        return new SettingField(name, input, List.of());
    }

    /** A choice among fixed words. */
    public static SettingField options(String name, String... words) {
        return new SettingField(name, Input.OPTIONS, List.of(words));
    }

    /** A line of explanation instead of fields. */
    public static SettingField note(String key) {
        return new SettingField(key, Input.NOTE, List.of());
    }
}
