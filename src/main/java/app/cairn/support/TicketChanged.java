package app.cairn.support;

import java.time.Instant;

/** A ticket's fields changed (status, priority, assignee, group, tags, subject…): what a search index re-reads. */
public record TicketChanged(long ticketNumber, TicketChange.Kind kind, Instant at) {}
