package app.cairn.journey.step;

import java.util.List;

/** Where a customer's way through the journey ends. */
public record ExitStep() implements StepSettings {

    public static final List<SettingField> FORM = List.of(SettingField.note("journey.help.exit"));

    public static ExitStep read(StoredSettings s) {
        return new ExitStep();
    }

    @Override
    public List<String> missing() {
        return List.of();
    }
}
