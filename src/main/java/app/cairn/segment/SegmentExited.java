package app.cairn.segment;

import java.time.Instant;

/** A customer stopped being a member of a segment when one change of theirs was worked out. */
public record SegmentExited(long segmentId, long customerId, Instant at) {}
