package app.cairn.segment;

import java.time.Instant;

/**
 * A segment's size when its members were worked out (or its list changed).
 *
 * @param at when it was measured
 * @param members how many members it had then
 */
public record SegmentSize(Instant at, long members) {}
