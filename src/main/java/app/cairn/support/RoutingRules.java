package app.cairn.support;

import app.cairn.segment.SegmentMembership;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.insight.RuleStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules admins keep: what a new ticket's intent, sentiment and customer segment route it to. Rules are
 * tried in order; the first that matches applies.
 */
@Service
public class RoutingRules {

    private static final int MAX_NAME = 100;

    private final RuleStore rules;
    private final GroupStore groups;
    private final SegmentMembership segments;
    private final Clock clock;

    RoutingRules(RuleStore rules, GroupStore groups, SegmentMembership segments, Clock clock) {
        this.rules = rules;
        this.groups = groups;
        this.segments = segments;
        this.clock = clock;
    }

    /** Every rule, active ones first in their order, then archived ones. */
    public List<RoutingRule> all() {
        return rules.all();
    }

    /**
     * Saves a new rule (id 0, placed last) or changes one; saving an archived rule makes it active again.
     *
     * @throws TicketException naming the name, a missing condition or action, or an unknown group
     */
    @Transactional
    public RoutingRule save(RoutingRule rule) {
        String name = rule.name() == null ? "" : rule.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new TicketException("support.rule.error.name", MAX_NAME);
        }
        Optional<Long> named = rules.idOfName(name);
        if (named.isPresent() && named.get() != rule.id()) {
            throw new TicketException("support.rule.error.name-taken", name);
        }
        if (rule.intent() == null && rule.sentiment() == null && rule.segmentId() == null) {
            throw new TicketException("support.rule.error.condition");
        }
        String tag = rule.addTag() == null || rule.addTag().isBlank() ? null : TicketManagement.tag(rule.addTag());
        if (rule.setGroupId() == null && rule.setPriority() == null && tag == null) {
            throw new TicketException("support.rule.error.action");
        }
        if (rule.setGroupId() != null
                && groups.find(rule.setGroupId()).filter(g -> !g.archived()).isEmpty()) {
            throw new TicketException("support.error.group-unknown", rule.setGroupId());
        }
        RoutingRule cleaned = new RoutingRule(
                rule.id(),
                name,
                rule.position(),
                rule.intent(),
                rule.sentiment(),
                rule.segmentId(),
                rule.setGroupId(),
                rule.setPriority(),
                tag,
                false);
        return rules.find(rules.save(cleaned, clock.instant())).orElseThrow();
    }

    /** Archives a rule: it no longer applies, and can be saved again to apply once more. */
    @Transactional
    public void archive(long id) {
        rules.archive(id, clock.instant());
    }

    /** Deletes a rule (tickets it routed keep what it did, in their history). */
    @Transactional
    public void delete(long id) {
        rules.delete(id);
    }

    /** Moves an active rule one place earlier or later in the order. */
    @Transactional
    public void move(long id, boolean earlier) {
        rules.move(id, earlier);
    }

    /** The first active rule matching a ticket's reading and customer, if any. */
    public Optional<RoutingRule> match(TicketReading reading, long customerId) {
        for (RoutingRule rule : rules.all()) {
            if (rule.archived()) {
                continue;
            }
            boolean matches = (rule.intent() == null || rule.intent() == reading.intent())
                    && (rule.sentiment() == null || rule.sentiment() == reading.sentiment())
                    && (rule.segmentId() == null
                            || segments.membersAmong(rule.segmentId(), List.of(customerId))
                                    .contains(customerId));
            if (matches) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
