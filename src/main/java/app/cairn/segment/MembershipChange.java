package app.cairn.segment;

import java.time.Instant;

/**
 * What one rebuild of a segment changed.
 *
 * @param members the members now
 * @param entered customers who entered
 * @param exited customers who left
 */
public record MembershipChange(long segmentId, long members, long entered, long exited, Instant at) {}
