package app.cairn.search.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands Hibernate Search its settings as Hibernate starts: the Lucene backend on local disk (after healing damaged
 * indexes) or, with {@code cairn.search.url}, Elasticsearch/OpenSearch; the shared analysers, and no automatic indexing from Hibernate's own change events — modules write
 * mostly through JDBC, so changes reach the index through the {@link IndexQueue} instead.
 */
@Component
class SearchBackendSettings implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(SearchBackendSettings.class);
    private static final String PREFIX = "hibernate.search.";

    private final SearchProperties properties;
    private final IndexState state;
    private volatile List<String> healed = List.of();

    SearchBackendSettings(SearchProperties properties, JdbcClient jdbc, Clock clock) {
        this.properties = properties;
        this.state =
                properties.remote() ? new SharedIndexState(jdbc, clock) : new LocalIndexState(properties.indexDir());
    }

    @Override
    public void customize(Map<String, Object> hibernate) {
        hibernate.put(PREFIX + "indexing.listeners.enabled", "false");
        hibernate.put(PREFIX + "schema_management.strategy", "create-or-validate");
        if (properties.remote()) {
            remote(hibernate);
            return;
        }
        hibernate.put(PREFIX + "backend.type", "lucene");
        hibernate.put(PREFIX + "backend.lucene_version", "LATEST");
        hibernate.put(PREFIX + "backend.directory.root", properties.indexDir().toString());
        hibernate.put(PREFIX + "backend.analysis.configurer", "class:" + LuceneAnalysis.class.getName());
        healed = IndexHealer.heal(properties.indexDir(), (LocalIndexState) state);
        if (!healed.isEmpty()) {
            log.warn("Damaged search indexes removed and to be built again: {}", healed);
        }
    }

    /**
     * Elasticsearch or OpenSearch: the same analysers under the same names, no cap on how deep results are paged,
     * and the index prefix {@code cairn-} so that one server can hold other data too.
     */
    private void remote(Map<String, Object> hibernate) {
        hibernate.put(PREFIX + "backend.type", "elasticsearch");
        hibernate.put(PREFIX + "backend.uris", properties.url());
        if (properties.username() != null && !properties.username().isBlank()) {
            hibernate.put(PREFIX + "backend.username", properties.username());
            hibernate.put(PREFIX + "backend.password", properties.password() == null ? "" : properties.password());
        }
        hibernate.put(PREFIX + "backend.version_check.enabled", "true");
        hibernate.put(PREFIX + "backend.analysis.configurer", "class:" + ElasticsearchAnalysis.class.getName());
        hibernate.put(PREFIX + "backend.schema_management.settings_file", "search/index-settings.json");
        hibernate.put(PREFIX + "backend.layout.strategy", "no-alias");
        hibernate.put(PREFIX + "backend.indexes.tickets.schema_management.minimal_required_status", "yellow");
        hibernate.put(PREFIX + "backend.indexes.customers.schema_management.minimal_required_status", "yellow");
        hibernate.put(PREFIX + "backend.indexes.help-articles.schema_management.minimal_required_status", "yellow");
        log.info("Search index on {}", properties.url());
    }

    /** What is known of the indexes. */
    IndexState state() {
        return state;
    }

    /** The indexes found damaged at start-up. */
    List<String> healed() {
        return healed;
    }
}
