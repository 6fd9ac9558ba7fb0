package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.messaging.Broadcast;
import app.cairn.messaging.BroadcastManagement;
import app.cairn.messaging.BroadcastRemoval;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.NewBroadcast;
import app.cairn.messaging.TemplateRemoval;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentRemoval;
import app.cairn.shared.Referrer;
import app.cairn.shared.RefusedException;
import app.cairn.shared.Removal;
import app.cairn.testing.CairnTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deleting and archiving segments, templates, broadcasts and journeys: what nothing names goes, what something
 * used goes into the archive, and what something still needs stays with that thing named.
 */
@CairnTest
class RemovalTest extends JourneyTestSupport {

    @Autowired
    SegmentRemoval segmentRemoval;

    @Autowired
    TemplateRemoval templateRemoval;

    @Autowired
    BroadcastRemoval broadcastRemoval;

    @Autowired
    JourneyRemoval journeyRemoval;

    @Autowired
    BroadcastManagement broadcasts;

    @Test
    void aSegmentNothingNamesIsDeletedWithItsMembers() {
        Segment unused = list(List.of(subscriber("Ada")));

        assertThat(segmentRemoval.plan(unused.id()).action()).isEqualTo(Removal.Action.DELETE);
        segmentRemoval.remove(unused.id());

        assertThat(segments.find(unused.id())).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM segment_member WHERE segment_id = ?")
                        .param(unused.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aSegmentALiveJourneyEntersFromStaysUntilTheJourneyStopsAndIsThenArchived() {
        Segment entry = list(List.of());
        Journey journey = publish(entryFrom(entry));

        Removal blocked = segmentRemoval.plan(entry.id());
        assertThat(blocked.action()).isEqualTo(Removal.Action.BLOCKED);
        assertThat(blocked.referrers()).containsExactly(new Referrer("referrer.journey", journey.name(), true));
        assertThatThrownBy(() -> segmentRemoval.remove(entry.id()))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining(journey.name());
        assertThat(segments.all()).extracting(Segment::id).contains(entry.id());

        journeys.stop(journey.id());
        assertThat(segmentRemoval.remove(entry.id()).action()).isEqualTo(Removal.Action.ARCHIVE);

        assertThat(segments.all()).extracting(Segment::id).doesNotContain(entry.id());
        assertThat(segmentRemoval.archived()).extracting(Segment::id).contains(entry.id());
        Journey another = journeys.create("Another " + tag, entryFrom(entry), "tester");
        assertThat(journeys.problems(another.id()))
                .extracting(JourneyProblem::messageKey)
                .contains("journey.problem.segment-archived");

        segmentRemoval.restore(entry.id());
        assertThat(segments.all()).extracting(Segment::id).contains(entry.id());
        assertThat(journeys.problems(another.id())).isEmpty();
    }

    @Test
    void aSegmentAnotherSegmentsRuleIncludesCannotBeRemovedWhileThatSegmentIsInUse() {
        Segment base = list(List.of());
        Segment including = segments.create(
                "Including " + tag,
                null,
                RuleCondition.of(RuleField.IN_SEGMENT, RuleOperator.IS, String.valueOf(base.id())));

        Removal removal = segmentRemoval.plan(base.id());

        assertThat(removal.action()).isEqualTo(Removal.Action.BLOCKED);
        assertThat(removal.referrers()).containsExactly(new Referrer("referrer.segment", including.name(), true));
    }

    @Test
    void aTemplateAScheduledBroadcastSendsStaysAndOnceCancelledTheBroadcastGoesAndTheTemplateIsDeleted() {
        EmailTemplate offer = template("Offer", "<p>10% off</p>");
        Segment audience = list(List.of(subscriber("Bo")));
        Broadcast later = broadcasts.create(
                new NewBroadcast(
                        "Later " + tag,
                        offer.id(),
                        audience.id(),
                        clock.instant().plus(Duration.ofDays(3)),
                        7),
                "tester");

        assertThat(templateRemoval.plan(offer.id()).referrers())
                .containsExactly(new Referrer("referrer.broadcast", later.name(), true));
        assertThat(templateRemoval.plan(offer.id()).action()).isEqualTo(Removal.Action.BLOCKED);
        assertThat(broadcastRemoval.plan(later.id()).action())
                .as("a broadcast that queued nothing is deleted")
                .isEqualTo(Removal.Action.DELETE);

        broadcasts.cancel(later.id());
        assertThat(templateRemoval.plan(offer.id()).action())
                .as("a cancelled broadcast still names it")
                .isEqualTo(Removal.Action.ARCHIVE);
        templateRemoval.remove(offer.id());
        assertThat(templates.all()).extracting(EmailTemplate::id).doesNotContain(offer.id());
        assertThatThrownBy(() -> broadcasts.create(
                        new NewBroadcast("Again " + tag, offer.id(), audience.id(), null, 7), "tester"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("broadcasts.error.template");

        broadcastRemoval.remove(later.id());
        assertThat(broadcasts.find(later.id())).isEmpty();
    }

    @Test
    void aDraftJourneyIsDeletedALiveOneMustBeStoppedAndAStoppedOneIsArchived() {
        Journey draft = journeys.create("Draft " + tag, entryFrom(list(List.of())), "tester");
        Journey live = publish(entryFrom(list(List.of())));

        journeyRemoval.remove(draft.id());
        assertThat(journeys.find(draft.id())).isEmpty();

        assertThat(journeyRemoval.plan(live.id()).reasonKey()).isEqualTo("journeys.removal.running");
        assertThatThrownBy(() -> journeyRemoval.remove(live.id())).isInstanceOf(RefusedException.class);

        journeys.stop(live.id());
        assertThat(journeyRemoval.remove(live.id()).action()).isEqualTo(Removal.Action.ARCHIVE);
        assertThat(journeys.all()).extracting(Journey::id).doesNotContain(live.id());
        assertThat(journeyRemoval.archived()).extracting(Journey::id).contains(live.id());
        assertThat(journeys.versions(live.id())).as("kept with its versions").hasSize(1);
    }

    private static JourneyGraph entryFrom(Segment segment) {
        return JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, settings("segment", String.valueOf(segment.id())))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph();
    }
}
