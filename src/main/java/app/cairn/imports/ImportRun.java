package app.cairn.imports;

import java.time.Instant;

/**
 * An import (or a check) of one file, with its progress and counts. For orders, {@code created} and
 * {@code unchanged} count orders (an order known already is unchanged); for customers and products they count
 * rows' records; {@code merged} counts rows merged into an earlier row with the same key.
 */
public record ImportRun(
        long id,
        ImportKind kind,
        String fileName,
        ImportStatus status,
        boolean dryRun,
        String startedBy,
        Instant startedAt,
        Instant finishedAt,
        long bytesTotal,
        long bytesRead,
        long rowsRead,
        long rowsFailed,
        long warnings,
        long created,
        long updated,
        long unchanged,
        long merged,
        long newCustomers,
        String message) {

    /** How far the run has read the file, from 0 to 1. */
    public double progress() {
        if (status != ImportStatus.RUNNING) {
            return 1;
        }
        return bytesTotal == 0 ? 0 : Math.min(1, (double) bytesRead / bytesTotal);
    }
}
