package app.cairn.support;

import app.cairn.support.internal.HistoryStore;
import app.cairn.support.internal.MergeStore;
import app.cairn.support.internal.SlaClocks;
import app.cairn.support.internal.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges duplicate tickets of one customer into the oldest: its conversation gains the others' messages (in the
 * order they were written), files, tags and e-mail threads, so the customer's next answer to any of them joins it;
 * the others are closed, keep their numbers and say where they went. Each side's history records the merge.
 */
@Service
public class TicketMerges {

    private final TicketStore tickets;
    private final MergeStore merges;
    private final HistoryStore history;
    private final SlaClocks sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketMerges(
            TicketStore tickets,
            MergeStore merges,
            HistoryStore history,
            SlaClocks sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.merges = merges;
        this.history = history;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Merges the tickets into the one with the lowest number, and answers it.
     *
     * @throws TicketException when fewer than two tickets are given, one is unknown or closed, or they are not all
     *     the same customer's; nothing is changed
     */
    @Transactional
    public Ticket merge(Collection<Long> numbers, Actor actor) {
        List<Long> sorted = numbers.stream().distinct().sorted().toList();
        if (sorted.size() < 2) {
            throw new TicketException("support.error.merge-two");
        }
        List<Ticket> all = sorted.stream()
                .map(number -> tickets.find(number, true).orElseThrow(() -> TicketManagement.unknown(number)))
                .toList();
        Ticket target = all.getFirst();
        for (Ticket ticket : all) {
            if (ticket.status() == TicketStatus.CLOSED) {
                throw new TicketException("support.error.closed", ticket.number());
            }
            if (ticket.customerId() != target.customerId()) {
                throw new TicketException("support.error.merge-customers", ticket.number(), target.number());
            }
        }
        Instant now = clock.instant();
        TicketUpdates.Writer writer = new TicketUpdates.Writer(tickets, history, events, sla);
        for (Ticket source : all.subList(1, all.size())) {
            merges.move(source.number(), target.number());
            writer.status(source, TicketStatus.CLOSED, actor, now);
            history.add(
                    source.number(),
                    now,
                    actor.name(),
                    TicketChange.Kind.MERGED_INTO,
                    null,
                    Long.toString(target.number()));
            history.add(
                    target.number(), now, actor.name(), TicketChange.Kind.MERGED, null, Long.toString(source.number()));
        }
        events.publishEvent(
                new TicketsMerged(target.number(), sorted.subList(1, sorted.size()), target.customerId(), now));
        return tickets.find(target.number(), false).orElseThrow();
    }

    /** The ticket this one was merged into, if it was. */
    @Transactional(readOnly = true)
    public Optional<Long> mergedInto(long number) {
        return Optional.ofNullable(merges.mergedInto(number));
    }
}
