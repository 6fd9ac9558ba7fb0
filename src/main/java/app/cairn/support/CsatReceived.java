package app.cairn.support;

import java.time.Instant;

/** A customer rated the handling of a solved ticket (1 to 5). */
public record CsatReceived(long ticketNumber, long customerId, Long assigneeId, int rating, Instant at) {}
