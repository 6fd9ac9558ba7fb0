package app.cairn.support;

import java.time.Instant;
import java.util.List;

/**
 * Tickets were merged: the messages of {@code merged} now belong to {@code target} (a search index files them under
 * it again).
 */
public record TicketsMerged(long target, List<Long> merged, long customerId, Instant at) {

    public TicketsMerged {
        merged = List.copyOf(merged);
    }
}
