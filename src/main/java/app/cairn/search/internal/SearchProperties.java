package app.cairn.search.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Search settings ({@code cairn.search.*}).
 *
 * @param indexDir where the Lucene index is kept when no search server is set
 * @param url the Elasticsearch/OpenSearch server (several nodes); empty keeps the index in Lucene on local disk
 * @param username the search server's user, if it asks for one
 * @param password that user's password
 * @param pollInterval how long the indexer waits before looking at the queue again when it found nothing
 * @param batchSize the queued entities indexed in one go
 */
@ConfigurationProperties("cairn.search")
public record SearchProperties(
        Path indexDir, String url, String username, String password, Duration pollInterval, int batchSize) {

    public SearchProperties {
        if (pollInterval == null) {
            pollInterval = Duration.ofMillis(100);
        }
        if (batchSize <= 0) {
            batchSize = 200;
        }
    }

    /** Whether the index lives on a search server rather than on local disk. */
    public boolean remote() {
        return url != null && !url.isBlank();
    }
}
