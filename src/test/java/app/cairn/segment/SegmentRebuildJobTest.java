package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.EventType;
import app.cairn.segment.internal.schedule.SegmentRebuildSchedule;
import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class SegmentRebuildJobTest extends SegmentTestSupport {

    @Autowired
    Scheduler scheduler;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTickerMovesCustomersOutOfATimeWindowAsTimePasses() throws Exception {
        Instant now = Instant.parse("2026-03-10T08:00:00Z");
        clock.freezeAt(now);
        SegmentFixtures shop = newShop();
        long browser = shop.customer("Oli", "DE", now.minus(Duration.ofDays(10)));
        shop.event(browser, EventType.PRODUCT_VIEWED, now.minus(Duration.ofHours(1)));
        Segment recent = segments.create(
                "Viewed today " + shop.tag,
                null,
                shop.only(RuleCondition.keyed(RuleField.EVENT, "PRODUCT_VIEWED", RuleOperator.COUNT_AT_LEAST, "1")
                        .within(1)));

        Segment first = tick(recent, null);
        clock.freezeAt(now.plus(Duration.ofDays(1)));
        Segment second = tick(recent, first.rebuiltAt());

        assertThat(first.members()).isOne();
        assertThat(second.members())
                .as("a day later the view is out of the window")
                .isZero();
        assertThat(membership.memberIds(recent.id(), 0, 10)).isEmpty();
    }

    @Test
    void aRequestedRebuildRunsInTheBackgroundAndReportsItsResult() throws Exception {
        SegmentFixtures shop = newShop();
        long ada = shop.customer("Ada", "PT", Instant.parse("2025-01-01T00:00:00Z"));
        shop.customer("Bo", "ES", Instant.parse("2025-01-01T00:00:00Z"));
        Segment portuguese = segments.create(
                "Portuguese " + shop.tag,
                null,
                shop.only(RuleCondition.of(RuleField.COUNTRY, RuleOperator.EQUALS, "PT")));
        java.util.List<Integer> stepsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

        segments.requestRebuild(portuguese.id());
        RebuildProgress asked = segments.rebuildProgress(portuguese.id()).orElseThrow();
        RebuildProgress done = awaitFinished(portuguese.id(), stepsSeen);

        assertThat(asked.state())
                .isIn(RebuildProgress.State.WAITING, RebuildProgress.State.RUNNING, RebuildProgress.State.DONE);
        assertThat(done.state()).isEqualTo(RebuildProgress.State.DONE);
        assertThat(done.step()).isEqualTo(RebuildProgress.STEPS);
        assertThat(done.result().members()).isOne();
        assertThat(done.result().entered()).isOne();
        assertThat(membership.memberIds(portuguese.id(), 0, 10)).containsExactly(ada);
        assertThat(stepsSeen).isSorted();
    }

    @Test
    void aStaticSegmentCannotBeAskedToRebuild() {
        Segment list = segments.createStatic("Hand list " + java.util.UUID.randomUUID(), null);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> segments.requestRebuild(list.id()))
                .isInstanceOf(app.cairn.shared.RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "segment.static-not-rebuilt");
        assertThat(segments.rebuildProgress(list.id())).isEmpty();
    }

    private RebuildProgress awaitFinished(long segmentId, java.util.List<Integer> stepsSeen) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            RebuildProgress now = segments.rebuildProgress(segmentId).orElseThrow();
            stepsSeen.add(now.step());
            if (now.finished()) {
                return now;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the requested rebuild of segment " + segmentId + " did not finish in 60 s");
    }

    /** Fires the ticker through Quartz and waits until it has worked out the segment after {@code after}. */
    private Segment tick(Segment segment, Instant after) throws Exception {
        // in a transaction, as the app does: Quartz's JDBC store holds its trigger lock only inside one
        transactions.executeWithoutResult(status -> {
            try {
                scheduler.triggerJob(SegmentRebuildSchedule.REBUILD_JOB);
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Segment now = segments.find(segment.id()).orElseThrow();
            if (now.rebuiltAt() != null && (after == null || now.rebuiltAt().isAfter(after))) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the rebuild ticker did not work out segment " + segment.id() + " in 60 s");
    }
}
