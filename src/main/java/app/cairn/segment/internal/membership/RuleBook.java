package app.cairn.segment.internal.membership;

import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleProblem;
import app.cairn.segment.SegmentRule;
import app.cairn.segment.SegmentRuleException;
import app.cairn.segment.internal.rules.RangeMembers;
import app.cairn.segment.internal.rules.RuleCompiler;
import app.cairn.segment.internal.rules.RuleTouches;
import app.cairn.segment.internal.rules.RuleValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The segments' rules as the membership work reads them: checked, compiled for a moment in time with the other
 * segments they refer to, and split by ranges of customer ids so a large shop's members are worked out over several
 * connections.
 */
@Component
public class RuleBook {

    private final SegmentStore store;
    private final long splitAbove;

    public RuleBook(SegmentStore store, @Value("${cairn.segments.split-above}") long splitAbove) {
        this.store = store;
        this.splitAbove = splitAbove;
    }

    /** What is wrong with a rule; empty when it can be saved and counted. */
    public List<RuleProblem> problems(SegmentRule rule, Long self) {
        return new RuleValidator(this::ruleOf).problems(rule, self);
    }

    /** @throws SegmentRuleException when the rule cannot be used */
    public void requireValid(SegmentRule rule, Long self) {
        List<RuleProblem> problems = problems(rule, self);
        if (!problems.isEmpty()) {
            throw new SegmentRuleException(problems);
        }
    }

    /** Compiles rules as they read at {@code now}. */
    public RuleCompiler compiler(Instant now) {
        return new RuleCompiler(now, this::ruleOf);
    }

    /** The kinds of data (profile, orders, an event type) whose change can change what the rule matches. */
    public Set<String> touches(SegmentRule rule) {
        return RuleTouches.of(rule, this::ruleOf);
    }

    /**
     * The rule's members as queries over ranges of customer ids: one for all customers in a small shop, and in a
     * large one {@code partsPerConnection} for each connection the work is split over, each with every subquery
     * limited to its range. None without customers.
     */
    public List<RangeMembers> split(RuleCompiler compiler, SegmentRule rule, int partsPerConnection) {
        long[] ids = store.customerIdRange();
        if (ids == null) {
            return List.of();
        }
        int parts = SegmentStore.SPLIT_CONNECTIONS * partsPerConnection;
        if (parts == 1 || ids[1] - ids[0] < splitAbove) {
            return List.of(new RangeMembers(ids[0], ids[1], compiler.members(rule)));
        }
        List<RangeMembers> split = new ArrayList<>();
        long step = (ids[1] - ids[0]) / parts + 1;
        for (long from = ids[0]; from <= ids[1]; from += step) {
            long to = Math.min(ids[1], from + step - 1);
            split.add(new RangeMembers(from, to, compiler.members(rule, from, to)));
        }
        return split;
    }

    /** A segment's rule for references: an empty group for a static segment. */
    private Optional<SegmentRule> ruleOf(long id) {
        return store.find(id).map(s -> s.isStatic() ? new RuleGroup(RuleGroup.Match.ALL, false, List.of()) : s.rule());
    }
}
