package app.cairn.support;

import app.cairn.segment.SegmentManagement;
import app.cairn.support.internal.SlaClocks;
import app.cairn.support.internal.SlaStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA set-up admins keep: the business calendar and the targets per priority; and each ticket's clocks. Until a
 * calendar and targets are saved, no clock runs. A changed calendar moves the due times of every running clock.
 */
@Service
public class SlaSettings {

    /** The longest target, in business time (a year of business minutes is far more than any shop promises). */
    static final Duration MAX_TARGET = Duration.ofDays(365);

    private final SlaStore store;
    private final SlaClocks clocks;
    private final SegmentManagement segments;
    private final JdbcClient jdbc;
    private final Clock clock;

    SlaSettings(SlaStore store, SlaClocks clocks, SegmentManagement segments, JdbcClient jdbc, Clock clock) {
        this.segments = segments;
        this.store = store;
        this.clocks = clocks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The business calendar, if one was saved. */
    @Transactional(readOnly = true)
    public Optional<BusinessCalendar> calendar() {
        return store.calendar().map(SlaStore.Stored::calendar);
    }

    /** The targets per priority that were saved. */
    @Transactional(readOnly = true)
    public List<SlaTarget> targets() {
        return store.targets();
    }

    /**
     * Saves the calendar and the targets, and moves every running clock's due time onto them.
     *
     * @throws TicketException when a target is not positive or longer than a year
     */
    @Transactional
    public void save(BusinessCalendar calendar, List<SlaTarget> targets) {
        save(calendar, targets, store.segmentTargets().orElse(null));
    }

    /** The segment with targets of its own, with them, if there is one. */
    @Transactional(readOnly = true)
    public Optional<SegmentSla> segmentTargets() {
        return store.segmentTargets();
    }

    /**
     * Saves the calendar, the general targets and the segment with targets of its own (none with null), and moves
     * every running clock's due time onto the calendar. New targets apply to clocks started or re-prioritised from
     * then on.
     *
     * @throws TicketException when a target is not positive or longer than a year, or the segment is unknown
     */
    @Transactional
    public void save(BusinessCalendar calendar, List<SlaTarget> targets, SegmentSla segment) {
        if (segment != null && segments.find(segment.segmentId()).isEmpty()) {
            throw new TicketException("support.sla.error.segment", segment.segmentId());
        }
        List<SlaTarget> all = new java.util.ArrayList<>(targets);
        if (segment != null) {
            all.addAll(segment.targets());
        }
        for (SlaTarget target : all) {
            for (SlaMetric metric : SlaMetric.values()) {
                Duration d = target.of(metric);
                if (d != null && (d.isNegative() || d.isZero() || d.compareTo(MAX_TARGET) > 0)) {
                    throw new TicketException("support.sla.error.target", String.valueOf(d.toMinutes()));
                }
            }
        }
        long id = store.saveCalendar(calendar, clock.instant());
        targets.forEach(target -> store.saveTarget(target, id));
        store.saveSegmentTargets(segment);
        jdbc.sql("SELECT DISTINCT ticket_id FROM ticket_sla WHERE met_at IS NULL AND running_since IS NOT NULL")
                .query(Long.class)
                .list()
                .forEach(clocks::recompute);
    }

    /** The ticket's SLA clocks. */
    @Transactional(readOnly = true)
    public List<SlaClock> clocks(long ticketNumber) {
        return store.views(ticketNumber);
    }
}
