package app.cairn.journey.internal.entries;

import app.cairn.journey.JourneyStatus;
import app.cairn.journey.internal.engine.Enrolments;
import app.cairn.journey.internal.engine.JourneyPlan;
import app.cairn.journey.internal.engine.JourneyPlans;
import app.cairn.journey.internal.engine.JourneyProperties;
import app.cairn.journey.step.EntryStep;
import app.cairn.segment.SegmentEntry;
import app.cairn.segment.SegmentMembership;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Segment entries read from the segment: members a rebuild added (rebuilds announce no single entries), and any the
 * entry event missed. Each live segment-entry journey reads the memberships that began since its last read, a page
 * at a time in the order they began; an entry already handled is skipped. A rebuild writes its entries with the time
 * it started and commits them later, so each read goes back {@link #QUICK_LAG} before the last read began (entries
 * of single changes and short rebuilds), and every {@link #DEEP_EVERY} a deep read goes back
 * {@code cairn.journeys.segment-lag} before the last deep read began (entries a long rebuild committed late). Going
 * back that far on every read made the reader go through a million fresh entries every ten seconds. A journey
 * whose entry says so ({@code existing} = {@code yes}) also takes the members it had when first published; no other
 * read ever goes back before the journey's first publication, so members who joined before it never enter.
 */
@Component
public class SegmentEntries {

    public static final int PAGE = 1000;
    public static final Duration QUICK_LAG = Duration.ofMinutes(2);
    public static final Duration DEEP_EVERY = Duration.ofMinutes(5);

    private final JourneyPlans plans;
    private final JourneyEntries entries;
    private final Enrolments enrolments;
    private final SegmentMembership membership;
    private final JdbcClient jdbc;
    private final JourneyProperties properties;
    private final Clock clock;

    @SuppressWarnings("java:S107") // the reader ties the segment's entries to the journey's enrolments
    public SegmentEntries(
            JourneyPlans plans,
            JourneyEntries entries,
            Enrolments enrolments,
            SegmentMembership membership,
            JdbcClient jdbc,
            JourneyProperties properties,
            Clock clock) {
        this.plans = plans;
        this.entries = entries;
        this.enrolments = enrolments;
        this.membership = membership;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads the new entries of every live segment-entry journey; answers how many customers were enrolled. */
    public int enrolNew() {
        int enrolled = 0;
        for (JourneyPlans.Running journey : plans.running()) {
            Optional<Long> segment = journey.live().entrySegment();
            if (journey.status() == JourneyStatus.LIVE && segment.isPresent()) {
                enrolled += enrolNew(journey.live(), segment.get());
            }
        }
        return enrolled;
    }

    private int enrolNew(JourneyPlan plan, long segment) {
        Instant started = clock.instant();
        Optional<Cursor> cursor = cursor(plan.journeyId());
        boolean deep =
                cursor.map(c -> !c.deepFrom().plus(DEEP_EVERY).isAfter(started)).orElse(true);
        Instant floor = firstSince(plan);
        Instant since = cursor.map(c -> deep
                        ? c.deepFrom().minus(properties.segmentLag())
                        : c.from().minus(QUICK_LAG))
                .filter(back -> back.isAfter(floor))
                .orElse(floor);
        Instant afterAt = Instant.EPOCH;
        long afterCustomer = 0;
        int enrolled = 0;
        List<SegmentEntry> page;
        do {
            page = membership.entriesSince(segment, since, afterAt, afterCustomer, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, Instant> began = new LinkedHashMap<>();
            page.forEach(e -> began.put(e.customerId(), e.enteredAt()));
            began.keySet().removeAll(enrolments.handledSegmentEntries(plan.journeyId(), began));
            if (!began.isEmpty()) {
                enrolled += entries.enrol(plan, began.keySet(), began, false).size();
            }
            afterAt = page.getLast().enteredAt();
            afterCustomer = page.getLast().customerId();
        } while (page.size() == PAGE);
        jdbc.sql("""
                        INSERT INTO journey_entry_cursor (journey_id, scanned_to, deep_scanned_to) VALUES (?, ?, ?)
                        ON DUPLICATE KEY UPDATE scanned_to = GREATEST(scanned_to, VALUES(scanned_to)),
                            deep_scanned_to = IF(?, GREATEST(deep_scanned_to, VALUES(deep_scanned_to)), deep_scanned_to)""")
                .params(plan.journeyId(), UtcColumns.toColumn(started), UtcColumns.toColumn(started), deep)
                .update();
        return enrolled;
    }

    /** Where the journey's last read and last deep read began. */
    private record Cursor(Instant from, Instant deepFrom) {}

    private Optional<Cursor> cursor(long journeyId) {
        return jdbc.sql("SELECT scanned_to, deep_scanned_to FROM journey_entry_cursor WHERE journey_id = ?")
                .param(journeyId)
                .query((rs, row) -> new Cursor(UtcColumns.read(rs, 1), UtcColumns.read(rs, 2)))
                .optional();
    }

    /**
     * How far back any read of the journey may go: when it was first published, or the start of time when members
     * it had then are to enter too.
     */
    private Instant firstSince(JourneyPlan plan) {
        if (plan.entry().step(EntryStep.OnSegment.class).existing()) {
            return Instant.EPOCH;
        }
        return jdbc.sql("SELECT MIN(published_at) FROM journey_version WHERE journey_id = ?")
                .param(plan.journeyId())
                .query((rs, row) -> UtcColumns.read(rs, 1))
                .single();
    }
}
