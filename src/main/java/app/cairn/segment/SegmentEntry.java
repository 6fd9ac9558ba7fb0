package app.cairn.segment;

import java.time.Instant;

/** A customer's current membership of a segment and when it began. */
public record SegmentEntry(long customerId, Instant enteredAt) {}
