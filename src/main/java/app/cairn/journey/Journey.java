package app.cairn.journey;

import java.time.Instant;

/**
 * A journey with its draft.
 *
 * @param liveVersion the number of the version customers enter now, or null before the first publishing
 */
public record Journey(
        long id, String name, JourneyStatus status, JourneyGraph draft, Instant draftSavedAt, Integer liveVersion) {}
