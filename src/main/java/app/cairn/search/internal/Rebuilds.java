package app.cairn.search.internal;

import app.cairn.search.IndexStatus;
import app.cairn.search.RebuildProgress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds indexes from the database with Hibernate Search's mass indexer, one rebuild at a time on this node, in a
 * thread of its own; the queue's indexer waits meanwhile. An index is marked complete (with its mapping's
 * fingerprint) only when its rebuild ends without failure.
 */
@Component
public class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

    private final EntityManagerFactory factory;
    private final SearchBackendSettings settings;
    private final IndexDrainer drainer;
    private final RebuildLease lease;
    private final SearchProperties properties;
    private final Clock clock;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private volatile RebuildProgress last = RebuildProgress.NONE;

    Rebuilds(
            EntityManagerFactory factory,
            SearchBackendSettings settings,
            IndexDrainer drainer,
            RebuildLease lease,
            SearchProperties properties,
            Clock clock) {
        this.factory = factory;
        this.settings = settings;
        this.drainer = drainer;
        this.lease = lease;
        this.properties = properties;
        this.clock = clock;
    }

    /** Where the backend keeps the indexes, for people. */
    public String backend() {
        return properties.remote()
                ? "Elasticsearch/OpenSearch · " + properties.url()
                : "Lucene · " + properties.indexDir();
    }

    /** The indexed entities whose index was not built completely with the current mapping. */
    List<SearchIndexedEntity<?>> incomplete() {
        List<SearchIndexedEntity<?>> stale = new ArrayList<>();
        for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
            String index = entity.indexManager().descriptor().hibernateSearchName();
            String current = MappingFingerprint.of(entity.indexManager().descriptor());
            if (!settings.state().builtWith(index).map(current::equals).orElse(false)) {
                stale.add(entity);
            }
        }
        return stale;
    }

    /**
     * Every index with its documents; an index the given rebuild works on is not complete while it runs (pass the
     * progress shown beside the indexes, so the two agree).
     */
    public List<IndexStatus> indexes(RebuildProgress shown) {
        List<IndexStatus> all = new ArrayList<>();
        try (EntityManager entityManager = factory.createEntityManager()) {
            var session = Search.session(entityManager);
            for (SearchIndexedEntity<?> entity : mapping().allIndexedEntities()) {
                var descriptor = entity.indexManager().descriptor();
                long documents = session.search(entity.javaClass())
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount();
                boolean complete = settings.state()
                                .builtWith(descriptor.hibernateSearchName())
                                .map(MappingFingerprint.of(descriptor)::equals)
                                .orElse(false)
                        && !(shown.running() && shown.indexes().contains(descriptor.hibernateSearchName()));
                all.add(new IndexStatus(descriptor.hibernateSearchName(), documents, complete));
            }
        }
        return all;
    }

    /** Where the latest rebuild stands, with the live counts while it runs. */
    public RebuildProgress progress() {
        RebuildProgress current = last;
        if (!current.running()) {
            return current;
        }
        return new RebuildProgress(true, current.indexes(), done.get(), total.get(), current.startedAt(), null, null);
    }

    /**
     * Starts rebuilding the given entities' indexes (all when null) unless a rebuild runs.
     *
     * @return whether it started
     */
    public synchronized boolean start(Collection<SearchIndexedEntity<?>> entities) {
        if (last.running() || !lease.take()) {
            return false;
        }
        List<SearchIndexedEntity<?>> chosen =
                List.copyOf(entities == null ? mapping().allIndexedEntities() : entities);
        if (chosen.isEmpty()) {
            return false;
        }
        List<String> names = chosen.stream()
                .map(e -> e.indexManager().descriptor().hibernateSearchName())
                .toList();
        done.set(0);
        total.set(0);
        last = new RebuildProgress(true, names, 0, 0, clock.instant(), null, null);
        drainer.pause();
        Thread worker =
                Thread.ofPlatform().name("cairn-search-rebuild").daemon().start(() -> run(chosen, names));
        Thread.ofPlatform().name("cairn-search-rebuild-lease").daemon().start(() -> renew(worker));
        return true;
    }

    private void run(List<SearchIndexedEntity<?>> chosen, List<String> names) {
        String failure = null;
        try (EntityManager entityManager = factory.createEntityManager()) {
            names.forEach(settings.state()::forget);
            log.info("Rebuilding the search indexes {}", names);
            Search.session(entityManager)
                    .massIndexer(
                            chosen.stream().map(SearchIndexedEntity::javaClass).toList())
                    .threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .batchSizeToLoadObjects(100)
                    .idFetchSize(1000)
                    .purgeAllOnStart(true)
                    .mergeSegmentsOnFinish(false)
                    .monitor(new Monitor())
                    .startAndWait();
            for (SearchIndexedEntity<?> entity : chosen) {
                var descriptor = entity.indexManager().descriptor();
                settings.state().built(descriptor.hibernateSearchName(), MappingFingerprint.of(descriptor));
            }
            log.info("Search indexes {} rebuilt: {} documents", names, done.get());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        } catch (RuntimeException failed) {
            log.error("Rebuilding the search indexes {} failed", names, failed);
            failure = failed.getMessage() == null ? failed.toString() : failed.getMessage();
        } finally {
            last = new RebuildProgress(
                    false, names, done.get(), total.get(), last.startedAt(), clock.instant(), failure);
            lease.release();
            drainer.resume();
        }
    }

    /** Renews the lease while the rebuild runs (a third of its term apart). */
    private void renew(Thread worker) {
        try {
            while (!worker.join(RebuildLease.TERM.dividedBy(3))) {
                lease.take();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            log.warn("Renewing the search rebuild lease failed", failed);
        }
    }

    private SearchMapping mapping() {
        return Search.mapping(factory);
    }

    private final class Monitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            done.addAndGet(increment);
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total.addAndGet(increment);
        }

        @Override
        public void indexingCompleted() {}
    }
}
