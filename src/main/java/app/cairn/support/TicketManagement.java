package app.cairn.support;

import app.cairn.customer.CustomerNormaliser;
import app.cairn.shared.StorableText;
import app.cairn.support.internal.AutoAssignment;
import app.cairn.support.internal.CustomerLink;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.HistoryStore;
import app.cairn.support.internal.MessageStore;
import app.cairn.support.internal.MessageText;
import app.cairn.support.internal.SlaClocks;
import app.cairn.support.internal.TicketStore;
import app.cairn.support.internal.mail.ReplyMailer;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens tickets and adds to their conversations. Every change is kept in the ticket's history and announced by an
 * event after it commits. Changes to a ticket's fields are {@link TicketUpdates}'s.
 */
@Service
public class TicketManagement {

    private final TicketStore tickets;
    private final MessageStore messages;
    private final HistoryStore history;
    private final GroupStore groups;
    private final CustomerLink customers;
    private final ReplyMailer mailer;
    private final AutoAssignment assignment;
    private final SlaClocks sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketManagement(
            TicketStore tickets,
            MessageStore messages,
            HistoryStore history,
            GroupStore groups,
            CustomerLink customers,
            ReplyMailer mailer,
            AutoAssignment assignment,
            SlaClocks sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.history = history;
        this.groups = groups;
        this.customers = customers;
        this.mailer = mailer;
        this.assignment = assignment;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a ticket with its first message; the customer is matched (or created) by e-mail when no id is given.
     *
     * @throws TicketException naming what is missing or cannot be read; nothing is written
     */
    @Transactional
    public Ticket open(NewTicket ticket, Actor actor) {
        String subject = subject(ticket.subject());
        MessageText text = MessageText.of(ticket.text(), ticket.html());
        String order = orderNumber(ticket.orderNumber());
        Set<String> tags = ticket.tags() == null ? Set.of() : ticket.tags();
        tags.forEach(TicketManagement::tag);
        if (ticket.groupId() != null && groups.find(ticket.groupId()).isEmpty()) {
            throw new TicketException("support.error.group-unknown", ticket.groupId());
        }
        long customer = customers.resolve(ticket.customerId(), ticket.customerEmail(), ticket.customerName());
        Instant now = clock.instant();
        long number = tickets.insert(new TicketStore.NewRow(
                subject,
                customer,
                ticket.channel(),
                ticket.priority() == null ? TicketPriority.NORMAL : ticket.priority(),
                ticket.type(),
                ticket.groupId(),
                order,
                ticket.fromCustomer(),
                now));
        tags.forEach(tag -> tickets.addTag(number, tag(tag)));
        history.add(
                number,
                now,
                actor.name(),
                TicketChange.Kind.CREATED,
                null,
                ticket.channel().name());
        AuthorType author =
                ticket.fromCustomer() ? AuthorType.CUSTOMER : actor.isStaff() ? AuthorType.STAFF : AuthorType.SYSTEM;
        MessageKind first =
                !ticket.fromCustomer() && ticket.channel().opensWithNote() ? MessageKind.NOTE : MessageKind.REPLY;
        long message = messages.insert(
                number, first, author, actor.staffId(), ticket.channel(), text.text(), text.html(), null, now);
        tickets.messageAdded(number, now, ticket.fromCustomer(), false);
        events.publishEvent(new TicketMessageAdded(number, message, customer, first, author, now));
        events.publishEvent(new TicketOpened(number, customer, ticket.channel(), now));
        Ticket opened = tickets.find(number, false).orElseThrow();
        sla.opened(opened, now);
        if (ticket.groupId() == null) {
            return opened;
        }
        autoAssign(number, ticket.groupId(), now);
        return tickets.find(number, false).orElseThrow();
    }

    /**
     * A staff member's public reply, e-mailed to the customer through the outbox (from the ticket's support mailbox,
     * when one is set up); the ticket then has {@code statusAfter} (or, when null, stays as it is except that a new
     * ticket becomes open).
     *
     * @throws TicketException when the ticket is unknown or closed, or the text cannot be kept
     */
    @Transactional
    public TicketMessage reply(long number, String text, String html, TicketStatus statusAfter, Actor actor) {
        Ticket ticket = active(number);
        Instant now = clock.instant();
        MessageText body = MessageText.of(text, html);
        long id = add(ticket, MessageKind.REPLY, AuthorType.STAFF, actor, TicketChannel.AGENT, body, null, now);
        mailer.send(ticket, id, body.text(), body.html());
        TicketStatus next =
                statusAfter != null ? statusAfter : ticket.status() == TicketStatus.NEW ? TicketStatus.OPEN : null;
        if (next != null && next != ticket.status()) {
            updates().status(ticket, next, actor, now);
        }
        return messages.find(id).orElseThrow();
    }

    /**
     * An internal note: only staff see it, and it changes no status.
     *
     * @throws TicketException when the ticket is unknown or the text cannot be kept
     */
    @Transactional
    public TicketMessage note(long number, String text, Actor actor) {
        Ticket ticket = tickets.find(number, true).orElseThrow(() -> unknown(number));
        long id = add(
                ticket,
                MessageKind.NOTE,
                AuthorType.STAFF,
                actor,
                TicketChannel.AGENT,
                MessageText.of(text, null),
                null,
                clock.instant());
        return messages.find(id).orElseThrow();
    }

    /**
     * The customer's reply (from the API or e-mail): a pending or solved ticket opens again.
     *
     * @param shownText the text without quoted history, or null when it is the whole text
     * @throws TicketException when the ticket is unknown or closed (the customer's next message then opens a new
     *     ticket), or the text cannot be kept
     */
    @Transactional
    public TicketMessage customerReply(long number, TicketChannel channel, String text, String html, String shownText) {
        Ticket ticket = active(number);
        Instant now = clock.instant();
        long id = add(
                ticket,
                MessageKind.REPLY,
                AuthorType.CUSTOMER,
                Actor.customer(),
                channel,
                MessageText.of(text, html),
                shownText,
                now);
        if (ticket.status() == TicketStatus.PENDING || ticket.status() == TicketStatus.SOLVED) {
            updates().status(ticket, TicketStatus.OPEN, Actor.customer(), now);
        }
        return messages.find(id).orElseThrow();
    }

    /** Keeps a message of an existing ticket: the row, the ticket's counters, its history, the event. */
    private long add(
            Ticket ticket,
            MessageKind kind,
            AuthorType author,
            Actor actor,
            TicketChannel channel,
            MessageText body,
            String shownText,
            Instant now) {
        long number = ticket.number();
        long id = messages.insert(
                number, kind, author, actor.staffId(), channel, body.text(), body.html(), shownText, now);
        boolean customer = author == AuthorType.CUSTOMER;
        tickets.messageAdded(number, now, customer, !customer && kind == MessageKind.REPLY);
        if (customer) {
            sla.customerWrote(ticket, now);
        } else if (kind == MessageKind.REPLY) {
            sla.staffReplied(ticket, now);
        }
        TicketChange.Kind change = customer
                ? TicketChange.Kind.CUSTOMER_REPLIED
                : kind == MessageKind.NOTE ? TicketChange.Kind.NOTED : TicketChange.Kind.REPLIED;
        history.add(number, now, actor.name(), change, null, null);
        events.publishEvent(new TicketMessageAdded(number, id, ticket.customerId(), kind, author, now));
        return id;
    }

    /** Gives an unassigned ticket of a group that assigns by itself to the agent whose turn it is. */
    void autoAssign(long number, long groupId, Instant now) {
        assignment.next(groupId, now).ifPresent(agent -> {
            tickets.set(number, "assignee_id", agent, now);
            history.add(number, now, "auto-assignment", TicketChange.Kind.ASSIGNEE, null, agent.toString());
            events.publishEvent(new TicketChanged(number, TicketChange.Kind.ASSIGNEE, now));
        });
    }

    private TicketUpdates.Writer updates() {
        return new TicketUpdates.Writer(tickets, history, events, sla);
    }

    private Ticket active(long number) {
        Ticket ticket = tickets.find(number, true).orElseThrow(() -> unknown(number));
        if (ticket.status() == TicketStatus.CLOSED) {
            throw new TicketException("support.error.closed", number);
        }
        return ticket;
    }

    static TicketException unknown(long number) {
        return new TicketException("support.error.ticket-unknown", number);
    }

    static String subject(String subject) {
        StorableText.require("support.field.subject", subject);
        String plain = subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            throw new TicketException("support.error.subject-empty");
        }
        if (plain.length() > 255) {
            throw new TicketException("support.error.subject-long", 255);
        }
        return plain;
    }

    static String orderNumber(String order) {
        StorableText.require("support.field.order", order);
        if (order == null || order.isBlank()) {
            return null;
        }
        if (order.strip().length() > 64) {
            throw new TicketException("support.error.order-long", 64);
        }
        return order.strip();
    }

    static String tag(String tag) {
        try {
            return CustomerNormaliser.tag(tag);
        } catch (app.cairn.customer.CustomerException invalid) {
            throw new TicketException("support.error.tag", String.valueOf(tag));
        }
    }
}
