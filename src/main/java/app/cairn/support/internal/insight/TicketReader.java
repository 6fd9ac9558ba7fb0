package app.cairn.support.internal.insight;

import app.cairn.support.Actor;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.RoutingRule;
import app.cairn.support.RoutingRules;
import app.cairn.support.Ticket;
import app.cairn.support.TicketMessage;
import app.cairn.support.TicketMessageAdded;
import app.cairn.support.TicketRead;
import app.cairn.support.TicketUpdates;
import app.cairn.support.internal.MessageStore;
import app.cairn.support.internal.TicketStore;
import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.TextInsight;
import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reads each customer message after it is saved (the event is handled after the commit, on its own thread, and
 * kept until handled), keeps the reading on the message and the ticket, and routes a new ticket by the first
 * routing rule its reading matches, then announces it ({@link TicketRead}). The opening message is read with the
 * ticket's subject.
 */
@Component
public class TicketReader {

    private final MessageStore messages;
    private final TicketStore tickets;
    private final InsightStore insights;
    private final TextAnalysis analysis;
    private final RoutingRules rules;
    private final TicketUpdates updates;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    TicketReader(
            MessageStore messages,
            TicketStore tickets,
            InsightStore insights,
            TextAnalysis analysis,
            RoutingRules rules,
            TicketUpdates updates,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.messages = messages;
        this.tickets = tickets;
        this.insights = insights;
        this.analysis = analysis;
        this.rules = rules;
        this.updates = updates;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TicketMessageAdded added) {
        if (added.authorType() != AuthorType.CUSTOMER || added.kind() != MessageKind.REPLY) {
            return;
        }
        Optional<TicketMessage> message = messages.find(added.messageId());
        Optional<Ticket> ticket = tickets.find(added.ticketNumber(), false);
        if (message.isEmpty() || ticket.isEmpty()) {
            return; // merged away or deleted since
        }
        boolean opening = insights.ticket(added.ticketNumber()).isEmpty(); // no message of it read yet
        String text = message.get().displayText();
        TextInsight insight = analysis.analyse(opening ? ticket.get().subject() + "\n" + text : text);
        insights.message(added.messageId(), insight, clock.instant());
        if (insights.intoTicket(added.ticketNumber(), insight)) {
            route(ticket.get());
            events.publishEvent(new TicketRead(
                    added.ticketNumber(),
                    ticket.get().customerId(),
                    ticket.get().channel(),
                    insight.intent().intent(),
                    insight.intent().confidence(),
                    insight.language(),
                    opening ? ticket.get().subject() + "\n" + text : text,
                    clock.instant()));
        }
    }

    private void route(Ticket ticket) {
        insights.ticket(ticket.number())
                .flatMap(reading -> rules.match(reading, ticket.customerId()))
                .ifPresent(rule -> apply(rule, ticket.number()));
    }

    private void apply(RoutingRule rule, long number) {
        Actor actor = Actor.system("rule: " + rule.name());
        if (rule.setGroupId() != null) {
            updates.group(number, rule.setGroupId(), actor);
        }
        if (rule.setPriority() != null) {
            updates.priority(number, rule.setPriority(), actor);
        }
        if (rule.addTag() != null) {
            updates.tag(number, rule.addTag(), actor);
        }
    }
}
