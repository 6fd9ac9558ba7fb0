package app.cairn.journey;

import app.cairn.shared.RefusedException;
import java.util.List;

/** A journey was not published because its draft has problems; each is shown on its step. */
public class JourneyNotPublishable extends RefusedException {

    private final transient List<JourneyProblem> problems;

    JourneyNotPublishable(List<JourneyProblem> problems) {
        super("journey.error.not-publishable", String.valueOf(problems.size()));
        this.problems = List.copyOf(problems);
    }

    /** What to fix, step by step. */
    public List<JourneyProblem> problems() {
        return problems;
    }
}
