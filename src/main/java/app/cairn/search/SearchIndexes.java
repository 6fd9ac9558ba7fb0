package app.cairn.search;

import app.cairn.search.internal.IndexQueue;
import app.cairn.search.internal.Rebuilds;
import java.util.List;
import org.springframework.stereotype.Service;

/** The indexes' upkeep: how they stand, and rebuilding them from the database. */
@Service
public class SearchIndexes {

    private final Rebuilds rebuilds;
    private final IndexQueue queue;

    SearchIndexes(Rebuilds rebuilds, IndexQueue queue) {
        this.rebuilds = rebuilds;
        this.queue = queue;
    }

    /** Every index with its document count, the queue and the latest rebuild. */
    public SearchStatus status() {
        // one reading of the rebuild, so the indexes and the progress shown beside them agree
        RebuildProgress rebuild = rebuilds.progress();
        IndexQueue.Backlog backlog = queue.backlog();
        List<IndexStatus> indexes = rebuilds.indexes(rebuild);
        return new SearchStatus(rebuilds.backend(), indexes, backlog.rows(), backlog.oldestMillis(), rebuild);
    }

    /** Where the latest rebuild stands. */
    public RebuildProgress progress() {
        return rebuilds.progress();
    }

    /**
     * Rebuilds every index from the database in the background: each is emptied, then filled again (searches find
     * fewer results until it ends); changes made meanwhile are indexed after it.
     *
     * @return false when a rebuild is already under way (nothing new starts)
     */
    public boolean rebuildAll() {
        return rebuilds.start(null);
    }
}
