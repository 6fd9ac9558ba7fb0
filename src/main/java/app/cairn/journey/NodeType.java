package app.cairn.journey;

import app.cairn.journey.step.ActionStep;
import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.EntryStep;
import app.cairn.journey.step.ExitStep;
import app.cairn.journey.step.GoalStep;
import app.cairn.journey.step.SettingField;
import app.cairn.journey.step.StepSettings;
import app.cairn.journey.step.StoredSettings;
import app.cairn.journey.step.WaitStep;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The kinds of step a journey is drawn from: the one place each kind is registered, with what it does, the outputs
 * it leads on by, the typed record its settings are read as (which checks them) and the fields of its form. A
 * random split's and an experiment's outputs are its variants ({@code a}, {@code b}, …), given by its settings.
 */
public enum NodeType {
    ENTRY_SEGMENT(Kind.ENTRY, List.of("next"), EntryStep.OnSegment::read, EntryStep.OnSegment.FORM),
    ENTRY_EVENT(Kind.ENTRY, List.of("next"), EntryStep.OnEvent::read, EntryStep.OnEvent.FORM),
    ENTRY_DATE(Kind.ENTRY, List.of("next"), EntryStep.OnDate::read, EntryStep.OnDate.FORM),
    ENTRY_MANUAL(Kind.ENTRY, List.of("next"), EntryStep.Manual::read, EntryStep.Manual.FORM),
    WAIT_DURATION(Kind.WAIT, List.of("next"), WaitStep.For::read, WaitStep.For.FORM),
    WAIT_WINDOW(Kind.WAIT, List.of("next"), WaitStep.Window::read, WaitStep.Window.FORM),
    WAIT_DATE(Kind.WAIT, List.of("next"), WaitStep.UntilDate::read, WaitStep.UntilDate.FORM),
    WAIT_EVENT(Kind.WAIT, List.of("happened", "timeout"), WaitStep.ForEvent::read, WaitStep.ForEvent.FORM),
    BRANCH_CONDITION(Kind.BRANCH, List.of("yes", "no"), BranchStep.Condition::read, BranchStep.Condition.FORM),
    BRANCH_ENGAGEMENT(Kind.BRANCH, List.of("yes", "no"), BranchStep.Engagement::read, BranchStep.Engagement.FORM),
    SPLIT_RANDOM(Kind.BRANCH, List.of(), BranchStep.Split::read, BranchStep.Split.FORM),
    EXPERIMENT(Kind.BRANCH, List.of(), BranchStep.Experiment::read, BranchStep.Experiment.FORM),
    SEND_EMAIL(Kind.ACTION, List.of("next"), ActionStep.SendEmail::read, ActionStep.SendEmail.FORM),
    SEND_SMS(Kind.ACTION, List.of("next"), ActionStep.SendSms::read, ActionStep.SendSms.FORM),
    UPDATE_PROFILE(Kind.ACTION, List.of("next"), ActionStep.UpdateProfile::read, ActionStep.UpdateProfile.FORM),
    SEGMENT_MEMBERSHIP(Kind.ACTION, List.of("next"), ActionStep.Membership::read, ActionStep.Membership.FORM),
    WEBHOOK(Kind.ACTION, List.of("next"), ActionStep.Webhook::read, ActionStep.Webhook.FORM),
    OPEN_TICKET(Kind.ACTION, List.of("next"), ActionStep.OpenTicket::read, ActionStep.OpenTicket.FORM),
    GOAL(Kind.GOAL, List.of("next"), GoalStep::read, GoalStep.FORM),
    EXIT(Kind.EXIT, List.of(), ExitStep::read, ExitStep.FORM);

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
    private final Function<StoredSettings, StepSettings> reader;
    private final List<SettingField> form;

    NodeType(Kind kind, List<String> outputs, Function<StoredSettings, StepSettings> reader, List<SettingField> form) {
        this.kind = kind;
        this.outputs = outputs;
        this.reader = reader;
        this.form = form;
    }

    /** Key of the type's name in the UI translations, such as {@code journey.node.wait-duration}. */
    public String labelKey() {
        return "journey.node." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What the step does. */
    public Kind kind() {
        return kind;
    }

    /** The outputs every step of this type has (a split's come from its settings). */
    public List<String> fixedOutputs() {
        return outputs;
    }

    /** The settings as this type's record, read from the stored text (unreadable values noted in it). */
    public StepSettings read(StoredSettings stored) {
        return reader.apply(stored);
    }

    /** The settings as this type's record. */
    public StepSettings read(Map<String, String> stored) {
        return read(new StoredSettings(stored));
    }

    /** The fields of a step's form, in order. */
    public List<SettingField> form() {
        return form;
    }
}
