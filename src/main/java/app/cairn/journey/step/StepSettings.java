package app.cairn.journey.step;

import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A journey step's settings, typed by the step's kind. Read from the stored text with
 * {@link app.cairn.journey.NodeType#read(StoredSettings)}; a draft's may be incomplete, a published journey's are
 * complete and readable (publishing checks them with {@link #problems(JourneyNode)}).
 */
public sealed interface StepSettings permits EntryStep, WaitStep, BranchStep, ActionStep, GoalStep, ExitStep {

    /** The settings the step cannot do without that are not set, by stored name. */
    List<String> missing();

    /** What is wrong with the settings' values taken together (beyond a setting missing or unreadable). */
    default List<JourneyProblem> problems(String step) {
        return List.of();
    }

    /**
     * Everything that keeps the step's own settings from being published: each required setting that is not set,
     * each setting that is set but cannot be read, and the kind's own checks.
     */
    static List<JourneyProblem> problems(JourneyNode node) {
        StoredSettings stored = new StoredSettings(node.settings());
        StepSettings settings = node.type().read(stored);
        List<String> unreadable = stored.unreadable();
        List<JourneyProblem> problems = new ArrayList<>();
        settings.missing().stream()
                .filter(name -> !unreadable.contains(name))
                .forEach(name -> problems.add(new JourneyProblem(node.id(), "journey.problem.setting-required", name)));
        unreadable.forEach(
                name -> problems.add(new JourneyProblem(node.id(), "journey.problem.setting-unreadable", name)));
        problems.addAll(settings.problems(node.id()));
        return problems;
    }
}
