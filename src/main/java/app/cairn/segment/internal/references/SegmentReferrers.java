package app.cairn.segment.internal.references;

import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.shared.Referable;
import app.cairn.shared.Referrer;
import app.cairn.shared.ReferrerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Segments whose rule includes or excludes members of another segment ("is in segment"). */
@Component
public class SegmentReferrers implements ReferrerSource {

    private final SegmentStore store;

    public SegmentReferrers(SegmentStore store) {
        this.store = store;
    }

    @Override
    public List<Referrer> referrersOf(Referable kind, long id) {
        if (kind != Referable.SEGMENT) {
            return List.of();
        }
        List<Referrer> referrers = new ArrayList<>();
        Stream.concat(store.all().stream(), store.archived().stream())
                .filter(segment -> segment.id() != id
                        && !segment.isStatic()
                        && segment.rule().refersTo(id))
                .forEach(segment ->
                        referrers.add(new Referrer("referrer.segment", segment.name(), !segment.isArchived())));
        return referrers;
    }
}
