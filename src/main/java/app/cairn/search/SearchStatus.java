package app.cairn.search;

import java.util.List;

/**
 * The search as it stands, for the index page and the health check.
 *
 * @param backend where the index lives ("Lucene (local disk)" or the search server's address)
 * @param indexes every index
 * @param queued entities waiting to be indexed again
 * @param oldestQueuedMillis how long the oldest of them has waited
 * @param rebuild the latest rebuild on this node
 */
public record SearchStatus(
        String backend, List<IndexStatus> indexes, long queued, long oldestQueuedMillis, RebuildProgress rebuild) {}
