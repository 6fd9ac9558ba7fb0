package app.cairn.journey.step;

import app.cairn.journey.JourneyProblem;
import app.cairn.journey.step.SettingField.Input;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** Where a customer goes next: by a condition, by what they did with an e-mail, or by chance. */
public sealed interface BranchStep extends StepSettings {

    /** Goes on by {@code yes} when the customer matches a segment rule now, else by {@code no}. */
    record Condition(String rule) implements BranchStep {

        public static final List<SettingField> FORM = List.of(SettingField.of("rule", Input.RULE));

        /** @param rule the rule as the segment module writes it (JSON) */
        public Condition {}

        public static Condition read(StoredSettings s) {
            return new Condition(s.text("rule"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("rule", rule);
        }
    }

    /**
     * Goes on by {@code yes} when the customer opened (or clicked in) the e-mail an earlier step sent within some
     * hours of its sending, else by {@code no}.
     *
     * @param message the id of the journey's send-e-mail step
     * @param action {@code opened} or {@code clicked}
     */
    record Engagement(String message, String action, Integer hours) implements BranchStep {

        public static final List<SettingField> FORM = List.of(
                SettingField.of("message", Input.SEND_STEP),
                SettingField.options("action", "opened", "clicked"),
                SettingField.of("hours", Input.NUMBER));

        public static Engagement read(StoredSettings s) {
            return new Engagement(
                    s.text("message"), s.word("action", Set.of("opened", "clicked"), null), s.positive("hours"));
        }

        /** Whether a click is asked for, rather than an open. */
        public boolean clicks() {
            return "clicked".equals(action);
        }

        @Override
        public List<String> missing() {
            return Unset.of("message", message, "action", action, "hours", hours);
        }
    }

    /** A branch that sends customers down its outputs {@code a}, {@code b}, … by whole-number percentages. */
    sealed interface Shares extends BranchStep {

        List<Integer> percentages();

        /** The outputs, one per share: {@code a}, {@code b}, … */
        default List<String> outputs() {
            return IntStream.range(0, percentages().size())
                    .mapToObj(i -> String.valueOf((char) ('a' + i)))
                    .toList();
        }

        /** Two or more shares above zero adding up to 100. */
        default List<JourneyProblem> sharesProblems(String step) {
            List<Integer> shares = percentages();
            boolean fair = shares.size() >= 2
                    && shares.stream().allMatch(share -> share > 0)
                    && shares.stream().mapToInt(Integer::intValue).sum() == 100;
            return fair ? List.of() : List.of(new JourneyProblem(step, "journey.problem.split-percentages", null));
        }
    }

    /** Sends each customer down a variant at random, by the percentages. */
    record Split(List<Integer> percentages) implements Shares {

        public static final List<SettingField> FORM = List.of(SettingField.of("percentages", Input.TEXT));

        public Split {
            percentages = List.copyOf(percentages);
        }

        public static Split read(StoredSettings s) {
            return new Split(s.percentages("percentages"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("percentages", percentages);
        }

        @Override
        public List<JourneyProblem> problems(String step) {
            return sharesProblems(step);
        }
    }

    /**
     * Splits at random as {@link Split} does and measures which variant reaches the goal event more often.
     *
     * @param route whether, once a variant wins with confidence, every later customer goes down it
     */
    record Experiment(List<Integer> percentages, String goal, boolean route) implements Shares {

        public static final List<SettingField> FORM = List.of(
                SettingField.of("percentages", Input.TEXT),
                SettingField.of("goal", Input.EVENT),
                SettingField.of("route", Input.CHECKBOX));

        public Experiment {
            percentages = List.copyOf(percentages);
        }

        public static Experiment read(StoredSettings s) {
            return new Experiment(s.percentages("percentages"), s.text("goal"), s.flag("route"));
        }

        @Override
        public List<String> missing() {
            return Unset.of("percentages", percentages, "goal", goal);
        }

        @Override
        public List<JourneyProblem> problems(String step) {
            return sharesProblems(step);
        }
    }
}
