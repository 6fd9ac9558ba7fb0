package app.cairn.support.internal;

import app.cairn.support.Actor;
import app.cairn.support.SlaMetric;
import app.cairn.support.TicketChange;
import app.cairn.support.TicketChanged;
import app.cairn.support.TicketPriority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SLA ticker's work: a warning in the ticket's history when a clock is due within the warning time, and on a
 * breach an escalation — the priority one step up and an internal note saying which promise was broken. Each
 * warning and breach is taken by exactly one node (an update that only one can win), in its own transaction.
 */
@Component
public class SlaWatch {

    private static final int BATCH = 500;

    private final SlaStore store;
    private final TicketStore tickets;
    private final HistoryStore history;
    private final Escalation escalation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration warning;

    public SlaWatch(
            SlaStore store,
            TicketStore tickets,
            HistoryStore history,
            Escalation escalation,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${cairn.support.sla-warning:30m}") Duration warning) {
        this.store = store;
        this.tickets = tickets;
        this.history = history;
        this.escalation = escalation;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.warning = warning;
    }

    /** One tick: answers how many clocks were warned about and how many breached. */
    public int[] tick() {
        Instant now = clock.instant();
        int warned = 0;
        for (SlaStore.Row row : store.dueBefore(now.plus(warning), "warned_at", BATCH)) {
            Boolean won = transactions.execute(status -> {
                if (!store.mark(row.ticket(), row.metric(), "warned_at", now)) {
                    return false;
                }
                history.add(
                        row.ticket(),
                        now,
                        "sla",
                        TicketChange.Kind.SLA_WARNING,
                        null,
                        row.metric().name());
                events.publishEvent(new TicketChanged(row.ticket(), TicketChange.Kind.SLA_WARNING, now));
                return true;
            });
            warned += Boolean.TRUE.equals(won) ? 1 : 0;
        }
        int breached = 0;
        List<SlaStore.Row> due = store.dueBefore(now, "breached_at", BATCH);
        for (SlaStore.Row row : due) {
            Boolean won = transactions.execute(status -> {
                if (!store.mark(row.ticket(), row.metric(), "breached_at", now)) {
                    return false;
                }
                history.add(
                        row.ticket(),
                        now,
                        "sla",
                        TicketChange.Kind.SLA_BREACHED,
                        null,
                        row.metric().name());
                escalation.escalate(row.ticket(), row.metric(), row.dueAt());
                return true;
            });
            breached += Boolean.TRUE.equals(won) ? 1 : 0;
        }
        return new int[] {warned, breached};
    }

    /** What a breach does to its ticket. */
    public interface Escalation {
        /** Escalates the ticket whose {@code metric} was due at {@code due}. */
        void escalate(long ticket, SlaMetric metric, Instant due);
    }

    /** Escalation's actor in the ticket's history. */
    public static final Actor ACTOR = Actor.system("sla");

    /** The next priority up, or the same at the top. */
    public static TicketPriority raised(TicketPriority priority) {
        TicketPriority[] all = TicketPriority.values();
        return all[Math.min(all.length - 1, priority.ordinal() + 1)];
    }
}
