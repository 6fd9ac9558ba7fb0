package app.cairn.segment;

import java.time.Instant;

/**
 * A segment as the pages show it.
 *
 * @param rule the rule of a rule segment; null for a static one, whose members are listed by hand
 * @param members the members at the last rebuild (or change, for a static segment)
 * @param rebuiltAt when the members were last worked out; null before the first time
 * @param archivedAt when it was archived (hidden from lists and pickers, no longer worked out); null if it is not
 */
public record Segment(
        long id,
        String name,
        String description,
        SegmentRule rule,
        long members,
        Instant rebuiltAt,
        Instant archivedAt) {

    /** Whether it was archived. */
    public boolean isArchived() {
        return archivedAt != null;
    }

    /** Whether the members are listed by hand rather than worked out from a rule. */
    public boolean isStatic() {
        return rule == null;
    }
}
