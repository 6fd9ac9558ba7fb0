package app.cairn.segment;

import java.util.List;

/** A rule that cannot be used, with every problem found in it. */
public class SegmentRuleException extends RuntimeException {

    private final List<RuleProblem> problems;

    public SegmentRuleException(List<RuleProblem> problems) {
        super("The segment rule has " + problems.size() + " problem(s): "
                + problems.stream().map(p -> p.path() + " " + p.messageKey()).toList());
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the rule's order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
