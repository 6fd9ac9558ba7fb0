package app.cairn.journey.step;

import app.cairn.journey.JourneyProblem;
import app.cairn.journey.step.SettingField.Input;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** How customers come into a journey. */
public sealed interface EntryStep extends StepSettings {

    /**
     * Customers enter when they enter a segment.
     *
     * @param existing whether the segment's members at publishing enter too
     */
    record OnSegment(Long segment, boolean existing) implements EntryStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.of("segment", Input.SEGMENT), SettingField.of("existing", Input.CHECKBOX));

        public static OnSegment read(StoredSettings s) {
            return new OnSegment(s.id("segment"), s.flag("existing"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("segment", segment);
        }
    }

    /**
     * Customers enter when an event of theirs is recorded.
     *
     * @param condition what the event's properties must meet, or null for every such event
     */
    record OnEvent(String event, EventCondition condition) implements EntryStep {

        public static final List<SettingField> FORM = List.of(
                SettingField.of("event", Input.EVENT),
                SettingField.of("property", Input.TEXT),
                SettingField.options("operator", EventCondition.OPERATORS.toArray(String[]::new)),
                SettingField.of("value", Input.TEXT));

        public static OnEvent read(StoredSettings s) {
            String property = s.text("property");
            String operator = s.text("operator");
            String value = s.text("value");
            return new OnEvent(
                    s.text("event"),
                    property == null
                            ? null
                            : new EventCondition(
                                    property, operator == null ? "eq" : operator, value == null ? "" : value));
        }

        /** Whether an event with these properties lets the customer in. */
        public boolean admits(java.util.Map<String, Object> properties) {
            return condition == null || condition.passes(properties);
        }

        @Override
        public List<String> missing() {
            return Unset.of("event", event);
        }

        @Override
        public List<JourneyProblem> problems(String step) {
            return condition != null && !condition.knownOperator()
                    ? List.of(new JourneyProblem(step, "journey.problem.operator-unknown", condition.operator()))
                    : List.of();
        }
    }

    /**
     * Customers enter on a day of theirs each year, at a time of day in their own time zone.
     *
     * @param attribute {@code birthday} or {@code signup}
     */
    record OnDate(String attribute, LocalTime time) implements EntryStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.options("attribute", "birthday", "signup"), SettingField.of("time", Input.TIME));

        public static OnDate read(StoredSettings s) {
            return new OnDate(s.word("attribute", Set.of("birthday", "signup"), null), s.time("time"));
        }

        /** The time of day customers enter: 09:00 when none is set. */
        public LocalTime at() {
            return time == null ? WaitStep.NINE : time;
        }

        /** Whether the day is the signup day rather than the birthday. */
        public boolean signup() {
            return "signup".equals(attribute);
        }

        @Override
        public List<String> missing() {
            return Unset.of("attribute", attribute, "time", time);
        }
    }

    /** Customers are enrolled by hand, or through the API. */
    record Manual() implements EntryStep {

        public static final List<SettingField> FORM = List.of(SettingField.note("journey.help.manual"));

        public static Manual read(StoredSettings s) {
            return new Manual();
        }

        @Override
        public List<String> missing() {
            return List.of();
        }
    }
}
