package app.cairn.search;

import app.cairn.search.internal.IndexQueue;
import jakarta.persistence.Entity;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a module tells search that indexed entities changed. Call it in the transaction that makes the change: the
 * request commits with it (or not at all), and the entities are indexed as they are after it, within about a
 * second, once — by whichever node takes the request first.
 */
@Service
public class SearchIndexing {

    private final IndexQueue queue;

    SearchIndexing(IndexQueue queue) {
        this.queue = queue;
    }

    /**
     * Asks for the entities of an indexed class to be indexed again; ids that no longer exist are taken out of the
     * index.
     *
     * @param indexedEntity a JPA entity class mapped with {@code @Indexed}
     */
    @Transactional
    public void changed(Class<?> indexedEntity, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            queue.add(entityName(indexedEntity), ids);
        }
    }

    /** As {@link #changed(Class, Collection)} for one entity. */
    @Transactional
    public void changed(Class<?> indexedEntity, long id) {
        changed(indexedEntity, List.of(id));
    }

    static String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        if (entity == null) {
            throw new IllegalArgumentException(type.getName() + " is not an entity");
        }
        return entity.name().isEmpty() ? type.getSimpleName() : entity.name();
    }
}
