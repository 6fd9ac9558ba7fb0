package app.cairn.support.internal;

import app.cairn.segment.SegmentMembership;
import app.cairn.support.BusinessCalendar;
import app.cairn.support.SegmentSla;
import app.cairn.support.SlaMetric;
import app.cairn.support.SlaTarget;
import app.cairn.support.Ticket;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Runs each ticket's SLA clocks, in the transaction of the change that moves them: first response and resolution
 * start when the ticket opens; a public staff reply meets first and next response; the customer's message starts
 * next response; pending pauses resolution, and the clock goes on from where it stopped when the ticket opens again;
 * solving meets every clock; a new priority means new targets. A clock counts business time of the calendar only.
 */
@Component
public class SlaClocks {

    private final SlaStore store;
    private final SegmentMembership membership;

    public SlaClocks(SlaStore store, SegmentMembership membership) {
        this.store = store;
        this.membership = membership;
    }

    public void opened(Ticket ticket, Instant now) {
        start(ticket, SlaMetric.FIRST_RESPONSE, now);
        start(ticket, SlaMetric.RESOLUTION, now);
    }

    public void staffReplied(Ticket ticket, Instant now) {
        meet(ticket, SlaMetric.FIRST_RESPONSE, now);
        meet(ticket, SlaMetric.NEXT_RESPONSE, now);
    }

    public void customerWrote(Ticket ticket, Instant now) {
        boolean answeredOnce = row(ticket, SlaMetric.FIRST_RESPONSE)
                .map(r -> r.metAt() != null)
                .orElse(true);
        boolean waiting =
                row(ticket, SlaMetric.NEXT_RESPONSE).map(r -> r.metAt() == null).orElse(false);
        if (answeredOnce && !waiting) {
            start(ticket, SlaMetric.NEXT_RESPONSE, now);
        }
    }

    public void statusChanged(Ticket ticket, TicketStatus to, Instant now) {
        switch (to) {
            case PENDING -> pause(ticket, SlaMetric.RESOLUTION, now);
            case SOLVED, CLOSED -> {
                for (SlaMetric metric : SlaMetric.values()) {
                    meet(ticket, metric, now);
                }
            }
            case NEW, OPEN, ON_HOLD -> resume(ticket, SlaMetric.RESOLUTION, now);
        }
    }

    public void priorityChanged(Ticket ticket, TicketPriority priority, Instant now) {
        Optional<SlaStore.Stored> calendar = store.calendar();
        if (calendar.isEmpty()) {
            return;
        }
        for (SlaStore.Row row : store.clocks(ticket.number())) {
            Duration target = target(ticket, priority, row.metric());
            if (row.metAt() != null || target == null) {
                continue;
            }
            store.save(
                    due(
                            new SlaStore.Row(
                                    row.ticket(),
                                    row.metric(),
                                    (int) target.toMinutes(),
                                    row.usedSeconds(),
                                    row.runningSince(),
                                    null,
                                    null,
                                    row.warnedAt(),
                                    row.breachedAt()),
                            calendar.get().calendar()),
                    calendar.get().id());
        }
    }

    /** Works every running clock's due time out again on the calendar as it is now (after an admin changed it). */
    public void recompute(long ticket) {
        store.calendar().ifPresent(calendar -> store.clocks(ticket).stream()
                .filter(r -> r.metAt() == null && r.runningSince() != null)
                .forEach(r -> store.save(due(r, calendar.calendar()), calendar.id())));
    }

    private void start(Ticket ticket, SlaMetric metric, Instant now) {
        Duration target = target(ticket, ticket.priority(), metric);
        Optional<SlaStore.Stored> calendar = store.calendar();
        if (target == null || calendar.isEmpty()) {
            return;
        }
        store.save(
                due(
                        new SlaStore.Row(
                                ticket.number(), metric, (int) target.toMinutes(), 0, now, null, null, null, null),
                        calendar.get().calendar()),
                calendar.get().id());
    }

    private void pause(Ticket ticket, SlaMetric metric, Instant now) {
        Optional<SlaStore.Stored> calendar = store.calendar();
        row(ticket, metric)
                .filter(r -> r.metAt() == null && r.runningSince() != null)
                .ifPresent(r -> store.save(
                        new SlaStore.Row(
                                r.ticket(),
                                metric,
                                r.targetMinutes(),
                                used(r, now, calendar.orElseThrow().calendar()),
                                null,
                                null,
                                null,
                                r.warnedAt(),
                                r.breachedAt()),
                        calendar.get().id()));
    }

    private void resume(Ticket ticket, SlaMetric metric, Instant now) {
        Optional<SlaStore.Stored> calendar = store.calendar();
        row(ticket, metric)
                .filter(r -> r.runningSince() == null && calendar.isPresent())
                .ifPresent(r -> store.save(
                        due(
                                new SlaStore.Row(
                                        r.ticket(),
                                        metric,
                                        r.targetMinutes(),
                                        r.usedSeconds(),
                                        now,
                                        null,
                                        null,
                                        r.warnedAt(),
                                        r.breachedAt()),
                                calendar.get().calendar()),
                        calendar.get().id()));
    }

    private void meet(Ticket ticket, SlaMetric metric, Instant now) {
        Optional<SlaStore.Stored> calendar = store.calendar();
        row(ticket, metric)
                .filter(r -> r.metAt() == null && calendar.isPresent())
                .ifPresent(r -> store.save(
                        new SlaStore.Row(
                                r.ticket(),
                                metric,
                                r.targetMinutes(),
                                used(r, now, calendar.get().calendar()),
                                null,
                                null,
                                now,
                                r.warnedAt(),
                                r.breachedAt()),
                        calendar.get().id()));
    }

    private Optional<SlaStore.Row> row(Ticket ticket, SlaMetric metric) {
        return store.clocks(ticket.number()).stream()
                .filter(r -> r.metric() == metric)
                .findFirst();
    }

    /**
     * The ticket's target for a metric at a priority: its customer's segment's own, when the customer is in the
     * segment with targets of its own and it has one for the priority and metric; the general one otherwise.
     */
    private Duration target(Ticket ticket, TicketPriority priority, SlaMetric metric) {
        Optional<SegmentSla> segment = store.segmentTargets();
        if (segment.isPresent()
                && !membership
                        .membersAmong(segment.get().segmentId(), List.of(ticket.customerId()))
                        .isEmpty()) {
            Optional<SlaTarget> own = segment.get().targets().stream()
                    .filter(t -> t.priority() == priority)
                    .findFirst();
            if (own.isPresent() && own.get().of(metric) != null) {
                return own.get().of(metric);
            }
        }
        return store.targets().stream()
                .filter(t -> t.priority() == priority)
                .findFirst()
                .map(t -> t.of(metric))
                .orElse(null);
    }

    private static long used(SlaStore.Row row, Instant now, BusinessCalendar calendar) {
        return row.runningSince() == null
                ? row.usedSeconds()
                : row.usedSeconds() + calendar.between(row.runningSince(), now).toSeconds();
    }

    private static SlaStore.Row due(SlaStore.Row row, BusinessCalendar calendar) {
        if (row.runningSince() == null) {
            return row;
        }
        Duration left = Duration.ofMinutes(row.targetMinutes()).minusSeconds(row.usedSeconds());
        Instant due = left.isNegative() ? row.runningSince() : calendar.plus(row.runningSince(), left);
        return new SlaStore.Row(
                row.ticket(),
                row.metric(),
                row.targetMinutes(),
                row.usedSeconds(),
                row.runningSince(),
                due,
                row.metAt(),
                row.warnedAt(),
                row.breachedAt());
    }
}
