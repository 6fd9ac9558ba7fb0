package app.cairn.messaging;

import app.cairn.messaging.internal.broadcasts.BroadcastStore;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting, archiving and restoring broadcasts. One that has queued nothing (scheduled, or cancelled before its
 * time) is deleted; one that sent is archived — hidden from the list, its report and its messages' history kept;
 * one being queued or sent must be cancelled first.
 */
@Service
@Transactional
public class BroadcastRemoval {

    private final BroadcastStore store;
    private final Clock clock;

    BroadcastRemoval(BroadcastStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What removing the broadcast would do now, for the confirmation. */
    @Transactional(readOnly = true)
    public Removal plan(long id) {
        Broadcast broadcast = find(id);
        if (broadcast.isArchived()) {
            return Removal.alreadyArchived();
        }
        return switch (broadcast.status()) {
            case SCHEDULED -> Removal.delete();
            case QUEUEING, SENDING -> new Removal(Removal.Action.BLOCKED, "broadcasts.removal.running", List.of());
            case SENT, CANCELLED ->
                store.queuedAny(id)
                        ? new Removal(Removal.Action.ARCHIVE, "broadcasts.removal.archived", List.of())
                        : Removal.delete();
        };
    }

    /**
     * Deletes or archives the broadcast as {@link #plan(long)} says, with its row locked so that the ticker cannot
     * start it meanwhile.
     *
     * @return what was done
     * @throws RefusedException when it is being sent
     */
    public Removal remove(long id) {
        store.lockStatus(id);
        return plan(id).carryOut(find(id).name(), () -> store.delete(id), () -> store.archive(id, clock.instant()));
    }

    /** Brings an archived broadcast back into the list. */
    public void restore(long id) {
        find(id);
        store.archive(id, null);
    }

    private Broadcast find(long id) {
        return store.find(id)
                .map(BroadcastStore.Row::broadcast)
                .orElseThrow(() -> new RefusedException("broadcasts.error.not-found"));
    }
}
