package app.cairn.segment;

import java.util.List;

/**
 * Rules combined: all of them must hold, or any one; {@code negated} turns the group into its opposite (NOT).
 * Groups nest to any depth.
 */
public record RuleGroup(Match match, boolean negated, List<SegmentRule> rules) implements SegmentRule {

    /** How the rules of a group combine. */
    public enum Match {
        ALL,
        ANY
    }

    public RuleGroup {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** All of the rules. */
    public static RuleGroup all(SegmentRule... rules) {
        return new RuleGroup(Match.ALL, false, List.of(rules));
    }

    /** Any of the rules. */
    public static RuleGroup any(SegmentRule... rules) {
        return new RuleGroup(Match.ANY, false, List.of(rules));
    }

    /** None of the rules: NOT (any of them). */
    public static RuleGroup none(SegmentRule... rules) {
        return new RuleGroup(Match.ANY, true, List.of(rules));
    }
}
