package app.cairn.customer;

import java.time.Instant;

/**
 * One run of the duplicate scan.
 *
 * @param customers while running, the index rows read so far over the three passes; once finished, the live
 *     customers scanned
 * @param candidates pairs offered for review
 * @param message why the scan failed, or what it left out
 */
public record DuplicateScan(
        long id,
        Instant startedAt,
        Instant finishedAt,
        Status status,
        long customers,
        long candidates,
        String message) {

    /** Where a scan stands. */
    public enum Status {
        RUNNING,
        DONE,
        FAILED
    }
}
