package app.cairn.support;

import java.time.Instant;

/** A ticket was opened (published with its first message, after {@link TicketMessageAdded} for that message). */
public record TicketOpened(long ticketNumber, long customerId, TicketChannel channel, Instant at) {}
