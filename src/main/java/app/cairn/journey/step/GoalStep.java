package app.cairn.journey.step;

import app.cairn.journey.step.SettingField.Input;
import java.util.List;

/**
 * What the journey is for: customers who do the goal event (within a time, if one is set) count as converted
 * wherever they are in the journey.
 *
 * @param within how long after reaching the step the event counts, or null for any time
 * @param exit whether a converted customer leaves the journey at once
 */
public record GoalStep(String event, WaitLength within, boolean exit) implements StepSettings {

    public static final List<SettingField> FORM = List.of(
            SettingField.of("event", Input.EVENT),
            SettingField.of("within", Input.DURATION),
            SettingField.of("exit", Input.CHECKBOX));

    public static GoalStep read(StoredSettings s) {
        return new GoalStep(s.text("event"), s.length("within"), s.flag("exit"));
    }

    @Override
    public List<String> missing() {
        return Unset.of("event", event);
    }
}
