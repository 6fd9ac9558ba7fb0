package app.cairn.search.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One batch from the queue, in one transaction: claim rows no other node holds, index their entities as they are
 * now (read committed, so the latest commit), wait until the index has them committed and searchable, then delete
 * the rows. Should the node die first, the transaction rolls back and the rows go to another node; indexing an
 * entity as it is twice leaves one document, so each change reaches the index once.
 */
@Component
class IndexBatch {

    private static final Logger log = LoggerFactory.getLogger(IndexBatch.class);

    private final IndexQueue queue;

    @PersistenceContext
    private EntityManager entityManager;

    IndexBatch(IndexQueue queue) {
        this.queue = queue;
    }

    /** Indexes one batch; answers the entities it took from the queue. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int drain(int limit) {
        List<IndexQueue.Queued> claimed = queue.claim(limit);
        if (claimed.isEmpty()) {
            return 0;
        }
        SearchSession search = Search.session(entityManager);
        search.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.sync());
        SearchIndexingPlan plan = search.indexingPlan();
        Map<String, List<Long>> byEntity = new LinkedHashMap<>();
        for (IndexQueue.Queued row : claimed) {
            byEntity.computeIfAbsent(row.entity(), e -> new ArrayList<>()).add(row.id());
        }
        byEntity.forEach((entity, ids) -> plan(search, plan, entity, ids));
        plan.execute();
        queue.remove(claimed);
        entityManager.clear();
        return claimed.size();
    }

    private void plan(SearchSession search, SearchIndexingPlan plan, String entity, List<Long> ids) {
        SearchIndexedEntity<?> indexed;
        try {
            indexed = Search.mapping(entityManager.getEntityManagerFactory()).indexedEntity(entity);
        } catch (RuntimeException unknown) {
            // a row for an entity no longer indexed (an older version queued it): nothing to do
            log.warn("Queued search work for {} dropped: not an indexed entity", entity);
            return;
        }
        List<?> found = search.toOrmSession()
                .unwrap(Session.class)
                .byMultipleIds(indexed.javaClass())
                .multiLoad(ids);
        for (int i = 0; i < ids.size(); i++) {
            Object current = found.get(i);
            if (current == null) {
                plan.purge(indexed.javaClass(), ids.get(i), null);
            } else {
                plan.addOrUpdate(current);
            }
        }
    }
}
