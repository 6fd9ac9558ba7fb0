package app.cairn.segment;

import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.shared.Referable;
import app.cairn.shared.ReferrerSource;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting, archiving and restoring segments. A segment nothing names is deleted with its members and their
 * history; one named by journeys, broadcasts or other segments that no longer need it is archived (hidden from
 * lists and pickers, no longer worked out, restorable); one that something still needs stays, and the staff
 * member is told what needs it.
 */
@Service
@Transactional
public class SegmentRemoval {

    private final SegmentStore store;
    private final List<ReferrerSource> sources;
    private final Clock clock;

    SegmentRemoval(SegmentStore store, List<ReferrerSource> sources, Clock clock) {
        this.store = store;
        this.sources = sources;
        this.clock = clock;
    }

    /** What removing the segment would do now, for the confirmation. */
    @Transactional(readOnly = true)
    public Removal plan(long id) {
        Segment segment = store.find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        return segment.isArchived()
                ? Removal.alreadyArchived()
                : Removal.among(sources, Referable.SEGMENT, id, "segment.removal.in-use", "segment.removal.archived");
    }

    /**
     * Deletes or archives the segment as {@link #plan(long)} says, deciding again on what is there now.
     *
     * @return what was done
     * @throws RefusedException when something still needs the segment, naming it
     */
    public Removal remove(long id) {
        store.lock(id);
        return plan(id).carryOut(
                        store.find(id).orElseThrow().name(),
                        () -> store.delete(id),
                        () -> store.archive(id, clock.instant()));
    }

    /** Brings an archived segment back into lists and pickers; a rule segment is worked out at the next rebuild. */
    public void restore(long id) {
        store.find(id).orElseThrow(() -> new RefusedException("segment.not-found", id));
        store.archive(id, null);
    }

    /** The archived segments, by name. */
    @Transactional(readOnly = true)
    public List<Segment> archived() {
        return store.archived();
    }
}
