package app.cairn.support;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;

/**
 * What the inbox lists: one of its views for a staff member, narrowed by optional filters.
 *
 * @param staffId the staff member looking (for "mine" and "my groups")
 * @param status only this status, or null
 * @param priority only this priority, or null
 * @param groupId only this group, or null
 * @param tag only tickets with this tag, or null
 * @param customerId only this customer's tickets, or null
 * @param intent only tickets of this intent, or null
 * @param sentiment only tickets whose customer's latest message has this sentiment, or null
 */
public record InboxFilter(
        InboxView view,
        long staffId,
        TicketStatus status,
        TicketPriority priority,
        Long groupId,
        String tag,
        Long customerId,
        Intent intent,
        Sentiment sentiment) {

    /** A view with no further filter. */
    public static InboxFilter of(InboxView view, long staffId) {
        return new InboxFilter(view, staffId, null, null, null, null, null, null, null);
    }
}
