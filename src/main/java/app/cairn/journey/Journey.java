package app.cairn.journey;

import java.time.Instant;

/**
 * A journey with its draft.
 *
 * @param liveVersion the number of the version customers enter now, or null before the first publishing
 * @param archivedAt when the stopped journey was archived (hidden from the list, kept); null if it was not
 */
public record Journey(
        long id,
        String name,
        JourneyStatus status,
        JourneyGraph draft,
        Instant draftSavedAt,
        Integer liveVersion,
        Instant archivedAt) {

    /** Whether it was archived. */
    public boolean isArchived() {
        return archivedAt != null;
    }
}
