package app.cairn.journey;

import app.cairn.segment.SegmentEntry;
import app.cairn.segment.SegmentManagement;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Segment entries read from the segment: members a rebuild added (rebuilds announce no single entries), and any the
 * entry event missed. Each live segment-entry journey reads the memberships that began since its last read,
 * less {@code cairn.journeys.segment-lag} (a rebuild writes its entries with the time it started, and commits
 * them later), a page at a time in the order they began; an entry already handled is skipped. A journey whose
 * entry says so ({@code existing} = {@code yes}) also takes the members it had when first published.
 */
@Component
class SegmentEntries {

    static final int PAGE = 1000;

    private final JourneyPlans plans;
    private final JourneyEntries entries;
    private final SegmentManagement segments;
    private final JdbcClient jdbc;
    private final JourneyProperties properties;
    private final Clock clock;

    SegmentEntries(
            JourneyPlans plans,
            JourneyEntries entries,
            SegmentManagement segments,
            JdbcClient jdbc,
            JourneyProperties properties,
            Clock clock) {
        this.plans = plans;
        this.entries = entries;
        this.segments = segments;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads the new entries of every live segment-entry journey; answers how many customers were enrolled. */
    int enrolNew() {
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
        Instant since = cursor(plan).minus(properties.segmentLag());
        Instant afterAt = Instant.EPOCH;
        long afterCustomer = 0;
        int enrolled = 0;
        List<SegmentEntry> page;
        do {
            page = segments.entriesSince(segment, since, afterAt, afterCustomer, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, Instant> began = new LinkedHashMap<>();
            page.forEach(e -> began.put(e.customerId(), e.enteredAt()));
            enrolled += entries.enrol(plan, began.keySet(), began, false).size();
            afterAt = page.getLast().enteredAt();
            afterCustomer = page.getLast().customerId();
        } while (page.size() == PAGE);
        jdbc.sql("UPDATE journey_entry_cursor SET scanned_to = GREATEST(scanned_to, ?) WHERE journey_id = ?")
                .params(UtcColumns.toColumn(started), plan.journeyId())
                .update();
        return enrolled;
    }

    /**
     * Where the journey's last read began; for the first read, when the journey was first published (or the start
     * of time, when members it had then are to enter too).
     */
    private Instant cursor(JourneyPlan plan) {
        Optional<Instant> read = jdbc.sql("SELECT scanned_to FROM journey_entry_cursor WHERE journey_id = ?")
                .param(plan.journeyId())
                .query((rs, row) -> UtcColumns.read(rs, 1))
                .optional();
        if (read.isPresent()) {
            return read.get();
        }
        Instant first = "yes".equals(plan.entry().settings().get("existing"))
                ? Instant.EPOCH.plus(properties.segmentLag())
                : jdbc.sql("SELECT MIN(published_at) FROM journey_version WHERE journey_id = ?")
                        .param(plan.journeyId())
                        .query((rs, row) -> UtcColumns.read(rs, 1))
                        .single()
                        .plus(properties.segmentLag());
        jdbc.sql("INSERT IGNORE INTO journey_entry_cursor (journey_id, scanned_to) VALUES (?, ?)")
                .params(plan.journeyId(), UtcColumns.toColumn(first))
                .update();
        return first;
    }
}
