package app.cairn.support;

import java.util.List;

/**
 * Targets of their own for the customers of one segment, such as VIP: a ticket of such a customer is measured
 * against them (per priority) instead of the general ones.
 */
public record SegmentSla(long segmentId, List<SlaTarget> targets) {

    public SegmentSla {
        targets = List.copyOf(targets);
    }
}
