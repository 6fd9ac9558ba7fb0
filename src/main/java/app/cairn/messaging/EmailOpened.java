package app.cairn.messaging;

import java.time.Instant;

/** A customer opened a message for the first time (its open pixel loaded, or a link was clicked first). */
public record EmailOpened(long messageId, long customerId, MessageSource source, Long sourceId, Instant at) {}
