package app.cairn.search;

import java.time.Duration;

/** Waiting for the index to catch up with what a test wrote. */
public final class SearchFixtures {

    private SearchFixtures() {}

    /** Waits (up to 30 s) until every queued change is indexed and no rebuild runs. */
    public static void awaitIndexed(SearchIndexes indexes) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            SearchStatus status = indexes.status();
            if (status.queued() == 0 && !status.rebuild().running()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The search index did not catch up: " + status);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
