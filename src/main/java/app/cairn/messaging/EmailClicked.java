package app.cairn.messaging;

import java.time.Instant;

/** A customer clicked a tracked link in a message; {@code url} is where the link led. */
public record EmailClicked(
        long messageId, long customerId, MessageSource source, Long sourceId, String url, Instant at) {}
