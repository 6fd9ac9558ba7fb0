package app.cairn.search.internal;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search its settings as Hibernate starts: the Lucene backend on local disk (after healing damaged
 * indexes), the shared analysers, and no automatic indexing from Hibernate's own change events — modules write
 * mostly through JDBC, so changes reach the index through the {@link IndexQueue} instead.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SearchBackendSettings.class);
    private static final String PREFIX = "hibernate.search.";

    private final SearchProperties properties;
    private final IndexState state;
    private volatile List<String> healed = List.of();

    SearchBackendSettings(SearchProperties properties) {
        this.properties = properties;
        this.state = new IndexState(properties.indexDir());
    }

    @Override
    public void customize(Map<String, Object> hibernate) {
        hibernate.put(PREFIX + "indexing.listeners.enabled", "false");
        hibernate.put(PREFIX + "schema_management.strategy", "create-or-validate");
        hibernate.put(PREFIX + "backend.type", "lucene");
        hibernate.put(PREFIX + "backend.lucene_version", "LATEST");
        hibernate.put(PREFIX + "backend.directory.root", properties.indexDir().toString());
        hibernate.put(PREFIX + "backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName());
        healed = IndexHealer.heal(properties.indexDir(), state);
        if (!healed.isEmpty()) {
            log.warn("Damaged search indexes removed and to be built again: {}", healed);
        }
    }

    /** What is known of the local indexes. */
    IndexState state() {
        return state;
    }

    /** The indexes found damaged at start-up. */
    List<String> healed() {
        return healed;
    }
}
