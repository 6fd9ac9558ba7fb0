package app.cairn.search.internal;

import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up, builds every index that is missing, was healed, was left half-built, or was built with an
 * older mapping — in the background, so the app serves meanwhile. While another node holds the rebuild lease (or
 * a lease left by a node that died has not run out), it looks again later, each time twice as late up to
 * {@link #MOST_APART}, until the indexes are complete.
 */
@Component
class IndexUpkeep {

    static final Duration FIRST_RETRY = Duration.ofSeconds(15);
    static final Duration MOST_APART = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

    private final Rebuilds rebuilds;

    IndexUpkeep(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhatIsMissing() {
        if (!buildOnce()) {
            Thread.ofPlatform().name("cairn-search-upkeep").daemon().start(this::keepTrying);
        }
    }

    /** Starts building what is incomplete; answers whether nothing more is left to do here. */
    private boolean buildOnce() {
        List<SearchIndexedEntity<?>> stale = rebuilds.incomplete();
        if (stale.isEmpty() || rebuilds.progress().running()) {
            return stale.isEmpty();
        }
        log.info(
                "Search indexes to build: {}",
                stale.stream()
                        .map(e -> e.indexManager().descriptor().hibernateSearchName())
                        .toList());
        return rebuilds.start(stale);
    }

    private void keepTrying() {
        Duration wait = FIRST_RETRY;
        try {
            while (true) {
                Thread.sleep(wait);
                if (rebuilds.progress().running()) {
                    continue;
                }
                if (rebuilds.incomplete().isEmpty()) {
                    return;
                }
                buildOnce();
                wait = wait.multipliedBy(2).compareTo(MOST_APART) > 0 ? MOST_APART : wait.multipliedBy(2);
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException failed) {
            log.error("Checking the search indexes failed", failed);
        }
    }
}
