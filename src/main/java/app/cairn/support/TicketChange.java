package app.cairn.support;

import java.time.Instant;

/**
 * One entry of a ticket's own history.
 *
 * @param actor who made the change, as {@link Actor#name()}
 * @param kind what changed
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 */
public record TicketChange(long id, Instant at, String actor, Kind kind, String oldValue, String newValue) {

    /** What a history entry records. */
    public enum Kind {
        CREATED,
        REPLIED,
        NOTED,
        CUSTOMER_REPLIED,
        STATUS,
        PRIORITY,
        TYPE,
        GROUP,
        ASSIGNEE,
        TAG_ADDED,
        TAG_REMOVED,
        ORDER,
        SUBJECT,
        SLA_WARNING,
        SLA_BREACHED,
        /** Another ticket was merged into this one ({@code after}: its number). */
        MERGED,
        /** This ticket was merged into another ({@code after}: its number). */
        MERGED_INTO,
        /** An agent corrected the intent text analysis read. */
        INTENT
    }
}
