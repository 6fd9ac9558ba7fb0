package app.cairn.support;

import app.cairn.support.internal.HistoryStore;
import app.cairn.support.internal.TicketStore;
import app.cairn.support.internal.insight.InsightStore;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.TextModels;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What text analysis read in tickets: each customer message's language, sentiment, intent and aspects, read after
 * the message is saved (a slow model never delays intake), and the ticket's intent, which an agent can correct.
 * A correction becomes a label the intent model learns from at its next retraining.
 */
@Service
public class TicketInsights {

    private final InsightStore insights;
    private final TicketStore tickets;
    private final HistoryStore history;
    private final TextModels models;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketInsights(
            InsightStore insights,
            TicketStore tickets,
            HistoryStore history,
            TextModels models,
            ApplicationEventPublisher events,
            Clock clock) {
        this.insights = insights;
        this.tickets = tickets;
        this.history = history;
        this.models = models;
        this.events = events;
        this.clock = clock;
    }

    /** The ticket's reading; empty until a customer message of it has been read. */
    public Optional<TicketReading> reading(long number) {
        return insights.ticket(number);
    }

    /** The readings of the ticket's customer messages, by message id. */
    public Map<Long, MessageReading> messages(long number) {
        return insights.messages(number);
    }

    /**
     * An agent sets the ticket's intent: recorded in its history, and the customer's opening message labelled with
     * it for the intent model.
     *
     * @throws TicketException when the ticket is unknown
     */
    @Transactional
    public TicketReading correctIntent(long number, Intent intent, Actor actor) {
        Ticket ticket = tickets.find(number, true).orElseThrow(() -> TicketManagement.unknown(number));
        Intent before = insights.ticket(number).map(TicketReading::intent).orElse(null);
        insights.correct(ticket.number(), intent, actor.name());
        Instant now = clock.instant();
        if (before != intent) {
            history.add(
                    number,
                    now,
                    actor.name(),
                    TicketChange.Kind.INTENT,
                    before == null ? null : before.name(),
                    intent.name());
            events.publishEvent(new TicketChanged(number, TicketChange.Kind.INTENT, now));
        }
        insights.openingText(number).ifPresent(text -> models.labelIntent(text, intent, "ticket:" + number));
        return insights.ticket(number).orElseThrow();
    }
}
