package app.cairn.support;

import java.time.Instant;

/**
 * A ticket was solved.
 *
 * @param assigneeId who solved it (the assignee at the time), or null
 */
public record TicketSolved(long ticketNumber, long customerId, Long assigneeId, Instant at) {}
