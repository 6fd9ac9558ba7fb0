package app.cairn.support;

import app.cairn.shared.StaffRole;
import app.cairn.shared.UtcColumns;
import app.cairn.staff.StaffManagement;
import app.cairn.support.internal.GroupStore;
import app.cairn.support.internal.HistoryStore;
import app.cairn.support.internal.SlaClocks;
import app.cairn.support.internal.TicketStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a ticket's fields one at a time: each call changes the one field it names, records it in the ticket's
 * history, and announces it ({@link TicketChanged}; {@link TicketSolved} when solved). A call that changes nothing
 * records nothing. The bulk forms do the same for each ticket, in one transaction.
 */
@Service
public class TicketUpdates {

    private final TicketStore tickets;
    private final HistoryStore history;
    private final GroupStore groups;
    private final StaffManagement staff;
    private final TicketManagement management;
    private final SlaClocks sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TicketUpdates(
            TicketStore tickets,
            HistoryStore history,
            GroupStore groups,
            StaffManagement staff,
            TicketManagement management,
            SlaClocks sla,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tickets = tickets;
        this.history = history;
        this.groups = groups;
        this.staff = staff;
        this.management = management;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the status.
     *
     * @throws TicketException when the ticket is unknown or closed (a closed ticket stays closed)
     */
    @Transactional
    public Ticket status(long number, TicketStatus status, Actor actor) {
        Ticket ticket = load(number);
        if (ticket.status() == TicketStatus.CLOSED && status != TicketStatus.CLOSED) {
            throw new TicketException("support.error.closed", number);
        }
        writer().status(ticket, Objects.requireNonNull(status), actor, clock.instant());
        return load(number);
    }

    /** Sets the priority. */
    @Transactional
    public Ticket priority(long number, TicketPriority priority, Actor actor) {
        Ticket ticket = load(number);
        change(
                ticket,
                "priority",
                TicketChange.Kind.PRIORITY,
                name(ticket.priority()),
                name(Objects.requireNonNull(priority)),
                actor);
        Ticket changed = load(number);
        sla.priorityChanged(changed, priority, clock.instant());
        return load(number);
    }

    /** Sets the type (null clears it). */
    @Transactional
    public Ticket type(long number, TicketType type, Actor actor) {
        Ticket ticket = load(number);
        change(ticket, "type", TicketChange.Kind.TYPE, name(ticket.type()), name(type), actor);
        return load(number);
    }

    /**
     * Assigns the ticket to a staff member who works tickets (null: to nobody).
     *
     * @throws TicketException when the staff member is unknown, disabled, or neither agent nor admin
     */
    @Transactional
    public Ticket assign(long number, Long assigneeId, Actor actor) {
        Ticket ticket = load(number);
        if (assigneeId != null) {
            staff.find(assigneeId)
                    .filter(m -> m.enabled() && (m.has(StaffRole.AGENT) || m.has(StaffRole.ADMIN)))
                    .orElseThrow(() -> new TicketException("support.error.assignee", assigneeId));
        }
        change(
                ticket,
                "assignee_id",
                TicketChange.Kind.ASSIGNEE,
                string(ticket.assigneeId()),
                string(assigneeId),
                actor);
        return load(number);
    }

    /**
     * Routes the ticket to a group (null: to none).
     *
     * @throws TicketException when the group is unknown or archived
     */
    @Transactional
    public Ticket group(long number, Long groupId, Actor actor) {
        Ticket ticket = load(number);
        if (groupId != null && groups.find(groupId).filter(g -> !g.archived()).isEmpty()) {
            throw new TicketException("support.error.group-unknown", groupId);
        }
        change(ticket, "group_id", TicketChange.Kind.GROUP, string(ticket.groupId()), string(groupId), actor);
        if (groupId != null && ticket.assigneeId() == null && !groupId.equals(ticket.groupId())) {
            management.autoAssign(number, groupId, clock.instant());
        }
        return load(number);
    }

    /** Links the ticket to an order by its number (blank: unlinks it). */
    @Transactional
    public Ticket order(long number, String orderNumber, Actor actor) {
        Ticket ticket = load(number);
        change(
                ticket,
                "order_number",
                TicketChange.Kind.ORDER,
                ticket.orderNumber(),
                TicketManagement.orderNumber(orderNumber),
                actor);
        return load(number);
    }

    /** Changes the subject. */
    @Transactional
    public Ticket subject(long number, String subject, Actor actor) {
        Ticket ticket = load(number);
        change(
                ticket,
                "subject",
                TicketChange.Kind.SUBJECT,
                ticket.subject(),
                TicketManagement.subject(subject),
                actor);
        return load(number);
    }

    /** Adds a tag (letters, digits, spaces, dots, dashes, underscores; kept in lower case). */
    @Transactional
    public Ticket tag(long number, String tag, Actor actor) {
        return tagged(number, tag, true, actor);
    }

    /** Removes a tag. */
    @Transactional
    public Ticket untag(long number, String tag, Actor actor) {
        return tagged(number, tag, false, actor);
    }

    private Ticket tagged(long number, String tag, boolean add, Actor actor) {
        load(number);
        String normal = TicketManagement.tag(tag);
        if (add ? tickets.addTag(number, normal) : tickets.removeTag(number, normal)) {
            recorded(
                    number,
                    add ? TicketChange.Kind.TAG_ADDED : TicketChange.Kind.TAG_REMOVED,
                    add ? null : normal,
                    add ? normal : null,
                    actor);
        }
        return load(number);
    }

    /** Assigns every one of these tickets (all or none: an unknown ticket or assignee refuses them all). */
    @Transactional
    public void assignAll(Collection<Long> numbers, Long assigneeId, Actor actor) {
        numbers.forEach(number -> assign(number, assigneeId, actor));
    }

    /** Sets the status of every one of these tickets (all or none). */
    @Transactional
    public void statusAll(Collection<Long> numbers, TicketStatus status, Actor actor) {
        numbers.forEach(number -> status(number, status, actor));
    }

    /** Tags every one of these tickets (all or none). */
    @Transactional
    public void tagAll(Collection<Long> numbers, String tag, Actor actor) {
        numbers.forEach(number -> tag(number, tag, actor));
    }

    private void change(
            Ticket ticket, String column, TicketChange.Kind kind, String before, String after, Actor actor) {
        if (Objects.equals(before, after)) {
            return;
        }
        Object value =
                switch (kind) {
                    case ASSIGNEE, GROUP -> after == null ? null : Long.valueOf(after);
                    default -> after;
                };
        tickets.set(ticket.number(), column, value, clock.instant());
        recorded(ticket.number(), kind, before, after, actor);
    }

    private void recorded(long number, TicketChange.Kind kind, String before, String after, Actor actor) {
        Instant now = clock.instant();
        history.add(number, now, actor.name(), kind, before, after);
        events.publishEvent(new TicketChanged(number, kind, now));
    }

    private Ticket load(long number) {
        return tickets.find(number, true).orElseThrow(() -> TicketManagement.unknown(number));
    }

    private Writer writer() {
        return new Writer(tickets, history, events, sla);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String string(Long value) {
        return value == null ? null : value.toString();
    }

    /** The status change both services make: history, solved time, events. */
    record Writer(TicketStore tickets, HistoryStore history, ApplicationEventPublisher events, SlaClocks sla) {

        void status(Ticket ticket, TicketStatus status, Actor actor, Instant now) {
            if (ticket.status() == status) {
                return;
            }
            tickets.set(ticket.number(), "status", status.name(), now);
            if (status == TicketStatus.SOLVED) {
                tickets.set(ticket.number(), "solved_at", UtcColumns.toColumn(now), now);
            }
            history.add(
                    ticket.number(),
                    now,
                    actor.name(),
                    TicketChange.Kind.STATUS,
                    ticket.status().name(),
                    status.name());
            sla.statusChanged(ticket, status, now);
            events.publishEvent(new TicketChanged(ticket.number(), TicketChange.Kind.STATUS, now));
            if (status == TicketStatus.SOLVED) {
                events.publishEvent(new TicketSolved(ticket.number(), ticket.customerId(), ticket.assigneeId(), now));
            }
        }
    }
}
