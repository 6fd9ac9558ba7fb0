package app.cairn.journey.step;

import app.cairn.journey.step.SettingField.Input;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** How long a customer waits before the next step, in their own time zone. */
public sealed interface WaitStep extends StepSettings {

    /** The time of day a date wait ends when none is set. */
    LocalTime NINE = LocalTime.of(9, 0);

    /** Waits a length of time. */
    record For(WaitLength duration) implements WaitStep {

        public static final List<SettingField> FORM = List.of(SettingField.of("duration", Input.DURATION));

        public static For read(StoredSettings s) {
            return new For(s.length("duration"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("duration", duration);
        }
    }

    /** Waits until the next moment inside a window of weekdays and times of day ({@code until} excluded). */
    record Window(Set<DayOfWeek> days, LocalTime from, LocalTime until) implements WaitStep {

        public static final List<SettingField> FORM = List.of(
                SettingField.of("days", Input.DAYS),
                SettingField.of("from", Input.TIME),
                SettingField.of("until", Input.TIME));

        public static Window read(StoredSettings s) {
            return new Window(s.days("days"), s.time("from"), s.time("until"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("days", days, "from", from, "until", until);
        }
    }

    /**
     * Waits until a date of the customer's: the next birthday or signup day, or the date a custom attribute holds.
     *
     * @param attribute {@code birthday}, {@code signup} or the name of a custom attribute
     * @param time the time of day it ends, or null for 09:00
     */
    record UntilDate(String attribute, LocalTime time) implements WaitStep {

        public static final List<SettingField> FORM = List.of(SettingField.of("attribute", Input.TEXT));

        public static UntilDate read(StoredSettings s) {
            return new UntilDate(s.text("attribute"), s.time("time"));
        }

        /** Birthdays and signup days come round every year; any other date attribute is one day. */
        public boolean anniversary() {
            return "birthday".equals(attribute) || "signup".equals(attribute);
        }

        /** The time of day the wait ends. */
        public LocalTime at() {
            return time == null ? NINE : time;
        }

        @Override
        public List<String> missing() {
            return Unset.of("attribute", attribute);
        }
    }

    /** Waits for an event of the customer's, leading on by {@code happened}, or by {@code timeout} after a while. */
    record ForEvent(String event, WaitLength timeout) implements WaitStep {

        public static final List<SettingField> FORM =
                List.of(SettingField.of("event", Input.EVENT), SettingField.of("timeout", Input.DURATION));

        public static ForEvent read(StoredSettings s) {
            return new ForEvent(s.text("event"), s.length("timeout"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("event", event, "timeout", timeout);
        }
    }
}
