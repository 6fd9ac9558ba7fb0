package app.cairn.search.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up, builds every index that is missing, was healed, was left half-built, or was built with an
 * older mapping — in the background, so the app serves meanwhile.
 */
@Component
class IndexUpkeep {

    private static final Logger log = LoggerFactory.getLogger(IndexUpkeep.class);

    private final Rebuilds rebuilds;

    IndexUpkeep(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildWhatIsMissing() {
        var stale = rebuilds.incomplete();
        if (!stale.isEmpty()) {
            log.info(
                    "Search indexes to build: {}",
                    stale.stream()
                            .map(e -> e.indexManager().descriptor().hibernateSearchName())
                            .toList());
            rebuilds.start(stale);
        }
    }
}
