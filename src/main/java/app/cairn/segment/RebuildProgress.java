package app.cairn.segment;

import java.time.Instant;

/**
 * How the last rebuild asked for on a segment's page is going.
 *
 * @param step the step under way (1 to {@link #STEPS}); 0 while it waits for a worker
 * @param result the members, entries and exits once it is done; null before
 * @param failure what went wrong, when it failed
 */
public record RebuildProgress(
        long segmentId,
        State state,
        int step,
        Instant requestedAt,
        Instant finishedAt,
        MembershipChange result,
        String failure) {

    /**
     * The steps of a rebuild: finding the customers who match; comparing them with the members and writing the
     * changes, the first half of the customer id ranges and then the second; counting.
     */
    public static final int STEPS = 4;

    /** Where a rebuild stands. */
    public enum State {
        WAITING,
        RUNNING,
        DONE,
        FAILED
    }

    /** Whether it has ended, one way or the other. */
    public boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }
}
