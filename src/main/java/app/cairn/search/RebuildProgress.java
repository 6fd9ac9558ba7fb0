package app.cairn.search;

import java.time.Instant;

/**
 * Where the latest rebuild of the indexes stands on this node.
 *
 * @param running whether it is under way
 * @param indexes the indexes it rebuilds (names)
 * @param done the documents written so far
 * @param total the documents it will write, as far as known (0 before the count is in)
 * @param startedAt when it started, or null when none ran since start-up
 * @param finishedAt when it ended, or null while it runs (or none ran)
 * @param failure why it failed, or null
 */
public record RebuildProgress(
        boolean running,
        java.util.List<String> indexes,
        long done,
        long total,
        Instant startedAt,
        Instant finishedAt,
        String failure) {

    /** No rebuild since start-up. */
    public static final RebuildProgress NONE = new RebuildProgress(false, java.util.List.of(), 0, 0, null, null, null);

    /** The share done, 0 to 1 (0 while the total is unknown). */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }
}
