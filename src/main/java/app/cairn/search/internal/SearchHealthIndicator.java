package app.cairn.search.internal;

import app.cairn.search.IndexStatus;
import app.cairn.search.RebuildProgress;
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

    private final Rebuilds rebuilds;
    private final IndexQueue queue;

    SearchHealthIndicator(Rebuilds rebuilds, IndexQueue queue) {
        super("Search check failed");
        this.rebuilds = rebuilds;
        this.queue = queue;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Map<String, Object> indexes = new LinkedHashMap<>();
        boolean complete = true;
        for (IndexStatus index : rebuilds.indexes()) {
            indexes.put(index.name(), Map.of("documents", index.documents(), "complete", index.complete()));
            complete &= index.complete();
        }
        IndexQueue.Backlog backlog = queue.backlog();
        RebuildProgress rebuild = rebuilds.progress();
        boolean lagging = !rebuild.running() && backlog.oldestMillis() > LAG_LIMIT.toMillis();
        (lagging ? builder.down() : builder.up())
                .withDetail("backend", rebuilds.backend())
                .withDetail("indexes", indexes)
                .withDetail("complete", complete)
                .withDetail("queued", backlog.rows())
                .withDetail("oldestQueuedMillis", backlog.oldestMillis())
                .withDetail("rebuilding", rebuild.running());
        if (rebuild.running()) {
            builder.withDetail("rebuildDone", rebuild.done()).withDetail("rebuildTotal", rebuild.total());
        }
    }
}
