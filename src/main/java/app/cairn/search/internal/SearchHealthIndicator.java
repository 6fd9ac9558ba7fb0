package app.cairn.search.internal;

import app.cairn.search.IndexStatus;
import app.cairn.search.RebuildProgress;
import app.cairn.search.SearchIndexes;
import app.cairn.search.SearchStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Reports search up when every index answers a query and the queue is drained within {@link #LAG_LIMIT}; with
 * each index's documents and completeness, the queue and any rebuild under way. An index being built is still up.
 */
@Component("search")
class SearchHealthIndicator extends AbstractHealthIndicator {

    static final Duration LAG_LIMIT = Duration.ofMinutes(5);

    private final SearchIndexes search;

    SearchHealthIndicator(SearchIndexes search) {
        super("Search check failed");
        this.search = search;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        // one reading, so the indexes, the queue and the rebuild reported agree with each other
        SearchStatus status = search.status();
        Map<String, Object> indexes = new LinkedHashMap<>();
        boolean complete = true;
        for (IndexStatus index : status.indexes()) {
            indexes.put(index.name(), Map.of("documents", index.documents(), "complete", index.complete()));
            complete &= index.complete();
        }
        RebuildProgress rebuild = status.rebuild();
        boolean lagging = !rebuild.running() && status.oldestQueuedMillis() > LAG_LIMIT.toMillis();
        (lagging ? builder.down() : builder.up())
                .withDetail("backend", status.backend())
                .withDetail("indexes", indexes)
                .withDetail("complete", complete)
                .withDetail("queued", status.queued())
                .withDetail("oldestQueuedMillis", status.oldestQueuedMillis())
                .withDetail("rebuilding", rebuild.running());
        if (rebuild.running()) {
            builder.withDetail("rebuildDone", rebuild.done()).withDetail("rebuildTotal", rebuild.total());
        }
    }
}
