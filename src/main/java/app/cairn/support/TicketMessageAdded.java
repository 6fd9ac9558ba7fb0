package app.cairn.support;

import java.time.Instant;

/** A reply or note was added to a ticket (search and text analysis read its text through the support API). */
public record TicketMessageAdded(
        long ticketNumber, long messageId, long customerId, MessageKind kind, AuthorType authorType, Instant at) {}
