package app.cairn.support;

import java.util.Set;

/**
 * A canned reply: its text, with merge fields such as {@code {{customer.first_name}}}, and what sending it also
 * does to the ticket.
 *
 * @param id null for one not saved yet
 * @param status the status the ticket gets when the reply is sent, or null to leave it
 * @param priority the priority it gets, or null to leave it
 * @param tags tags it adds
 */
public record Macro(
        Long id,
        String name,
        String body,
        TicketStatus status,
        TicketPriority priority,
        Set<String> tags,
        boolean archived) {

    /** The merge fields a macro's text may use. */
    public static final Set<String> FIELDS = Set.of(
            "customer.first_name",
            "customer.name",
            "customer.email",
            "ticket.number",
            "ticket.subject",
            "ticket.order",
            "agent.name");

    /** A macro filled in for one ticket: the text to send and what else sending it does. */
    public record Filled(String text, TicketStatus status, TicketPriority priority, Set<String> tags) {}
}
