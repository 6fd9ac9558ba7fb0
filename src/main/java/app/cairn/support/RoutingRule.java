package app.cairn.support;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;

/**
 * A routing rule: when the first message of a new ticket has been read, the first active rule whose conditions all
 * hold applies its actions (through the same changes an agent makes, recorded in the ticket's history).
 *
 * @param id its id; 0 for one not yet saved
 * @param name its name, unique
 * @param position its place in the order rules are tried, from 1
 * @param intent condition: the ticket's intent is this one; null for any
 * @param sentiment condition: the message's sentiment is this one; null for any
 * @param segmentId condition: the customer is in this segment; null for any
 * @param setGroupId action: route to this group; null to leave it
 * @param setPriority action: set this priority; null to leave it
 * @param addTag action: add this tag; null for none
 * @param archived whether it is archived (not applied)
 */
public record RoutingRule(
        long id,
        String name,
        int position,
        Intent intent,
        Sentiment sentiment,
        Long segmentId,
        Long setGroupId,
        TicketPriority setPriority,
        String addTag,
        boolean archived) {

    /** A new rule with the given name and nothing else. */
    public static RoutingRule named(String name) {
        return new RoutingRule(0, name, 0, null, null, null, null, null, null, false);
    }
}
