package app.cairn.journey.internal.references;

import app.cairn.journey.Journey;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyStatus;
import app.cairn.journey.JourneyVersion;
import app.cairn.journey.internal.engine.JourneyStore;
import app.cairn.journey.step.ActionStep;
import app.cairn.journey.step.BranchStep;
import app.cairn.journey.step.EntryStep;
import app.cairn.segment.SegmentRule;
import app.cairn.shared.Referable;
import app.cairn.shared.Referrer;
import app.cairn.shared.ReferrerSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Journeys whose draft or any published version names a segment (entry, membership step, "is in segment"
 * condition) or a template (send step). Every journey but a stopped one still needs what it names: a draft may
 * be published, and customers of a live or paused journey may still be on an older version.
 */
@Component
public class JourneyReferrers implements ReferrerSource {

    private final JourneyStore store;
    private final JsonMapper json;

    public JourneyReferrers(JourneyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public List<Referrer> referrersOf(Referable kind, long id) {
        List<Referrer> referrers = new ArrayList<>();
        for (Journey journey :
                Stream.concat(store.all().stream(), store.archived().stream()).toList()) {
            Stream<JourneyGraph> graphs = Stream.concat(
                    Stream.of(journey.draft()),
                    store.versions(journey.id()).stream().map(JourneyVersion::graph));
            if (graphs.anyMatch(graph -> names(graph, kind, id))) {
                boolean inUse = journey.status() != JourneyStatus.STOPPED && !journey.isArchived();
                referrers.add(new Referrer("referrer.journey", journey.name(), inUse));
            }
        }
        return referrers;
    }

    private boolean names(JourneyGraph graph, Referable kind, long id) {
        Long wanted = id;
        return graph.nodes().stream().anyMatch(node -> switch (node.step()) {
            case EntryStep.OnSegment entry -> kind == Referable.SEGMENT && wanted.equals(entry.segment());
            case ActionStep.Membership change -> kind == Referable.SEGMENT && wanted.equals(change.segment());
            case ActionStep.SendEmail send -> kind == Referable.TEMPLATE && wanted.equals(send.template());
            case BranchStep.Condition condition -> kind == Referable.SEGMENT && ruleNames(condition.rule(), id);
            default -> false;
        });
    }

    private boolean ruleNames(String rule, long segmentId) {
        if (rule == null) {
            return false;
        }
        try {
            return json.readValue(rule, SegmentRule.class).refersTo(segmentId);
        } catch (JacksonException unreadable) {
            return false;
        }
    }
}
