package app.cairn.support;

import java.util.List;

/**
 * How the tickets a search found divide by one property.
 *
 * @param property status, priority, channel, group or assignee
 * @param counts each value found (an enum name, or a group or staff id) with its tickets, most first
 */
public record TicketFacet(Property property, List<Count> counts) {

    /** The properties results are counted by. */
    public enum Property {
        STATUS,
        PRIORITY,
        CHANNEL,
        GROUP,
        ASSIGNEE,
        /** What the customer's opening message asks for (text analysis, or an agent's correction). */
        INTENT,
        /** The sentiment of the customer's latest message. */
        SENTIMENT
    }

    /** A value and the tickets that have it. */
    public record Count(String value, long tickets) {}
}
