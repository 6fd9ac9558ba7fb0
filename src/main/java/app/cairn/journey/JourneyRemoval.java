package app.cairn.journey;

import app.cairn.journey.internal.engine.JourneyStore;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting, archiving and restoring journeys. A draft never published is deleted; a stopped journey is archived
 * (hidden from the list, kept with its versions and statistics, restorable); a live or paused one must be
 * stopped first.
 */
@Service
@Transactional
public class JourneyRemoval {

    private final JourneyStore store;
    private final Clock clock;

    JourneyRemoval(JourneyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What removing the journey would do now, for the confirmation. */
    @Transactional(readOnly = true)
    public Removal plan(long id) {
        Journey journey = find(id);
        if (journey.isArchived()) {
            return Removal.alreadyArchived();
        }
        return switch (journey.status()) {
            case DRAFT -> Removal.delete();
            case LIVE, PAUSED -> new Removal(Removal.Action.BLOCKED, "journeys.removal.running", List.of());
            case STOPPED -> new Removal(Removal.Action.ARCHIVE, "journeys.removal.archived", List.of());
        };
    }

    /**
     * Deletes or archives the journey as {@link #plan(long)} says, with its row locked so that it cannot be
     * published meanwhile.
     *
     * @return what was done
     * @throws RefusedException when it is live or paused
     */
    public Removal remove(long id) {
        store.lock(id);
        return plan(id).carryOut(find(id).name(), () -> store.delete(id), () -> store.archive(id, clock.instant()));
    }

    /** Brings an archived journey back into the list (still stopped). */
    public void restore(long id) {
        find(id);
        store.archive(id, null);
    }

    /** The archived journeys, by name. */
    @Transactional(readOnly = true)
    public List<Journey> archived() {
        return store.archived();
    }

    private Journey find(long id) {
        return store.find(id).orElseThrow(() -> new RefusedException("journey.error.not-found", id));
    }
}
