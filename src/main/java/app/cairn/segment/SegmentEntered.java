package app.cairn.segment;

import java.time.Instant;

/** A customer became a member of a segment when one change of theirs was worked out (not by a bulk rebuild). */
public record SegmentEntered(long segmentId, long customerId, Instant at) {}
