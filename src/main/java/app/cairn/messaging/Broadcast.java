package app.cairn.messaging;

import java.time.Instant;

/**
 * A template sent to a segment's members.
 *
 * @param queued messages queued so far
 * @param deferred of those, how many wait for the end of the recipient's quiet hours
 * @param conversionDays an order within this many days of a message counts as its conversion
 * @param archivedAt when it was archived (hidden from the list, its report kept); null if it is not
 */
public record Broadcast(
        long id,
        String name,
        long templateId,
        long segmentId,
        BroadcastStatus status,
        Instant sendAt,
        int conversionDays,
        int queued,
        int deferred,
        Instant createdAt,
        String createdBy,
        Instant queuedAt,
        Instant finishedAt,
        Instant archivedAt) {

    /** Whether it was archived. */
    public boolean isArchived() {
        return archivedAt != null;
    }
}
