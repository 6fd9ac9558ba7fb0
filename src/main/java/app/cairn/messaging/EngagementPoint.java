package app.cairn.messaging;

import java.time.Instant;

/** How many messages were first opened and first clicked in the hour starting at {@code hour} (UTC). */
public record EngagementPoint(Instant hour, long opens, long clicks) {}
