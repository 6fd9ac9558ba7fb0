package app.cairn.support;

import com.vaadin.flow.component.Component;

/**
 * A section of the ticket page contributed by another module (the customer's orders and returns, later scores and
 * reviews). The page asks every such bean for its component each time it shows the ticket, so modules add sections
 * without support knowing them.
 */
public interface TicketSection {

    /** Position below the conversation; lower comes first. */
    int order();

    /** Translation key of the section's heading. */
    String titleKey();

    /**
     * The section's content for one ticket.
     *
     * @param actor the staff member looking at it, for changes made from the section
     * @param changed to call after the section changed something the page shows
     */
    Component create(Ticket ticket, Actor actor, Runnable changed);
}
