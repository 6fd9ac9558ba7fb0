package app.cairn.segment;

import app.cairn.scoring.CustomerScoring;
import app.cairn.segment.internal.membership.RebuildTracker;
import app.cairn.segment.internal.membership.RuleBook;
import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.segment.internal.schedule.RequestedRebuildJob;
import app.cairn.segment.internal.schedule.SegmentRebuildSchedule;
import app.cairn.shared.RefusedException;
import app.cairn.shared.StorableText;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import org.quartz.JobDataMap;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments: rules checked and saved, counted live while they are edited, and their members worked out (rebuilt)
 * with each membership's entry and exit times kept. Static segments' hand-kept lists are {@link SegmentLists}';
 * reading who is in a segment is {@link SegmentMembership}'s.
 */
@Service
@Transactional
public class SegmentManagement {

    /**
     * A rebuild writes each part's changes while the next parts are worked out; smaller parts let the writing
     * start sooner.
     */
    private static final int REBUILD_PARTS_PER_CONNECTION = 2;

    private final SegmentStore store;
    private final RuleBook rules;
    private final CustomerScoring scoring;
    private final RebuildTracker tracker;
    private final Scheduler scheduler;
    private final Clock clock;

    SegmentManagement(
            SegmentStore store,
            RuleBook rules,
            CustomerScoring scoring,
            RebuildTracker tracker,
            Scheduler scheduler,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.scoring = scoring;
        this.tracker = tracker;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * What is wrong with a rule, for the builder to show on the parts concerned.
     *
     * @param self the segment the rule is for, or null for a new one (a rule must not refer to its segment)
     * @return empty when the rule can be saved and counted
     */
    @Transactional(readOnly = true)
    public List<RuleProblem> check(SegmentRule rule, Long self) {
        return rules.problems(rule, self);
    }

    /**
     * How many live customers the rule matches now: the builder's live count.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    @Transactional(readOnly = true)
    public long count(SegmentRule rule, Long self) {
        rules.requireValid(rule, self);
        return store.countInParallel(rules.split(rules.compiler(clock.instant()), rule, 1));
    }

    /**
     * Saves a new rule segment; its members are worked out at the first rebuild.
     *
     * @throws SegmentRuleException when the rule cannot be used
     * @throws RefusedException when the name is missing or taken
     */
    public Segment create(String name, String description, SegmentRule rule) {
        rules.requireValid(rule, null);
        return store.find(store.insert(requireName(name, null), blankToNull(description), rule, clock.instant()))
                .orElseThrow();
    }

    /** Saves a new static segment, whose members are added by hand (or from a file). */
    public Segment createStatic(String name, String description) {
        return store.find(store.insert(requireName(name, null), blankToNull(description), null, clock.instant()))
                .orElseThrow();
    }

    /**
     * Changes a segment's name, description and (for a rule segment) rule.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    public Segment update(long id, String name, String description, SegmentRule rule) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (!segment.isStatic()) {
            rules.requireValid(rule, id);
        }
        store.update(
                id, requireName(name, id), blankToNull(description), segment.isStatic() ? null : rule, clock.instant());
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Segment> find(long id) {
        return store.find(id);
    }

    /** All segments by name. */
    @Transactional(readOnly = true)
    public List<Segment> all() {
        return store.all();
    }

    /**
     * Works out a rule segment's members now, in one transaction: customers who now match enter, those who no
     * longer match exit, both recorded with the time.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public MembershipChange rebuild(long id) {
        return rebuild(id, step -> {});
    }

    /**
     * Works out a rule segment's members now, as {@link #rebuild(long)}, telling {@code steps} each of the
     * {@value RebuildProgress#STEPS} steps as it starts.
     */
    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public MembershipChange rebuild(long id, IntConsumer steps) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (segment.isStatic()) {
            throw new RefusedException("segment.static-not-rebuilt", segment.name());
        }
        Instant now = clock.instant();
        return store.replaceMembers(
                id, rules.split(rules.compiler(now), segment.rule(), REBUILD_PARTS_PER_CONNECTION), now, steps);
    }

    /**
     * Asks for a rule segment's members to be worked out in the background, on whichever node is free; the page
     * follows it through {@link #rebuildProgress(long)}.
     *
     * @throws RefusedException when there is no such segment, or it is static
     */
    public void requestRebuild(long id) {
        Segment segment = find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        if (segment.isStatic()) {
            throw new RefusedException("segment.static-not-rebuilt", segment.name());
        }
        tracker.requested(id);
        try {
            scheduler.triggerJob(
                    SegmentRebuildSchedule.REQUESTED_REBUILD_JOB,
                    new JobDataMap(Map.of(RequestedRebuildJob.SEGMENT, id)));
        } catch (SchedulerException e) {
            throw new IllegalStateException("The rebuild of segment " + id + " could not be queued", e);
        }
    }

    /** How the last rebuild asked for with {@link #requestRebuild(long)} is going, if one was. */
    @Transactional(readOnly = true)
    public Optional<RebuildProgress> rebuildProgress(long id) {
        return tracker.find(id);
    }

    /**
     * Saves the customers now in a cluster as a new static segment: they stay its members when the customers are
     * clustered again, when a cluster's number may come to mean other customers (a rule on
     * {@link RuleField#CLUSTER} follows the clustering instead).
     *
     * @throws RefusedException when there is no such cluster, or the name is missing or taken
     */
    public Segment saveCluster(int number, String name, String description) {
        if (!scoring.clusterNumbers().contains(number)) {
            throw new RefusedException("segment.cluster-unknown", number);
        }
        Instant now = clock.instant();
        long id = store.insert(requireName(name, null), blankToNull(description), null, now);
        store.addClusterMembers(id, number, now);
        return store.find(id).orElseThrow();
    }

    /**
     * Which of these customers (a batch of up to a few thousand) the rule matches now.
     *
     * @throws SegmentRuleException when the rule cannot be used
     */
    @Transactional(readOnly = true)
    public Set<Long> matching(SegmentRule rule, Collection<Long> customerIds) {
        rules.requireValid(rule, null);
        if (customerIds.isEmpty()) {
            return Set.of();
        }
        return store.ids(rules.compiler(clock.instant()).membersAmong(rule, customerIds));
    }

    private String requireName(String name, Long self) {
        String plain =
                name == null ? "" : StorableText.require("segments.name", name).strip();
        if (plain.isEmpty()) {
            throw new RefusedException("segment.name-missing");
        }
        if (plain.length() > 120) {
            throw new RefusedException("segment.name-too-long", 120);
        }
        store.idOfName(plain).filter(id -> !id.equals(self)).ifPresent(id -> {
            throw new RefusedException("segment.name-taken", plain);
        });
        return plain;
    }

    private static String blankToNull(String text) {
        StorableText.require("segments.description", text);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
