package app.cairn.support;

import app.cairn.support.internal.SlaWatch;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What a breached SLA does to its ticket: the priority one step up (so its other clocks get the tighter targets),
 * the ticket to its group's lead (when the group has one and it is not theirs already), and an internal note naming
 * the promise and when it was due, which the assignee sees on the ticket.
 */
@Component
class SlaEscalation implements SlaWatch.Escalation {

    private final TicketUpdates updates;
    private final TicketManagement tickets;
    private final TicketInbox inbox;
    private final SupportGroups groups;

    SlaEscalation(TicketUpdates updates, TicketManagement tickets, TicketInbox inbox, SupportGroups groups) {
        this.groups = groups;
        this.updates = updates;
        this.tickets = tickets;
        this.inbox = inbox;
    }

    @Override
    public void escalate(long ticket, SlaMetric metric, Instant due) {
        Ticket current = inbox.find(ticket).orElseThrow();
        if (current.status() == TicketStatus.CLOSED) {
            return;
        }
        updates.priority(ticket, SlaWatch.raised(current.priority()), SlaWatch.ACTOR);
        if (current.groupId() != null) {
            groups.leadOf(current.groupId())
                    .filter(lead -> !lead.equals(current.assigneeId()))
                    .ifPresent(lead -> updates.assign(ticket, lead, SlaWatch.ACTOR));
        }
        tickets.note(
                ticket,
                "SLA breached: " + metric.name().toLowerCase().replace('_', ' ') + " was due at " + due + " (UTC).",
                SlaWatch.ACTOR);
    }
}
