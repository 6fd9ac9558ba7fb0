package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.segment.Segment;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Time waits in the customer's zone, date entries, re-entry, leaving the segment, pausing, stopping and versions. */
@CairnTest
class JourneyLifecycleTest extends JourneyTestSupport {

    @Autowired
    JourneyStatistics statistics;

    @Test
    void anEventsWakeUpAndAHandEnrolmentGoBeforeABacklogOfOlderDueSteps() {
        Journey backlogJourney = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "PT1M"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "done")
                .graph());
        Journey cartJourney = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_EVENT, settings("event", "ADDED_TO_CART", "timeout", "P1D"))
                .step("carted", NodeType.EXIT, settings())
                .step("never", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "happened", "carted")
                .link("wait", "timeout", "never")
                .graph());
        List<Long> backlog = java.util.stream.IntStream.range(0, 600)
                .mapToObj(i -> customer("Backlog" + i, "UTC", null))
                .toList();
        journeys.enrol(backlogJourney.id(), backlog);
        long shopper = customer("Shopper", "UTC", null);
        journeys.enrol(cartJourney.id(), List.of(shopper));
        run();
        clock.advance(Duration.ofMinutes(2));
        long fresh = customer("Fresh", "UTC", null);
        journeys.enrol(backlogJourney.id(), List.of(fresh));
        commerce.recordEvent(shopper, app.cairn.commerce.EventType.ADDED_TO_CART, null, clock.instant(), null);
        Events.awaitHandled(jdbc);

        int moved = engine.runDue(Duration.ZERO);

        assertThat(moved)
                .as("the fast lane's two, then one batch of the backlog")
                .isEqualTo(2 + 500);
        assertThat(path(backlogJourney.id(), fresh))
                .as("600 waits came due a minute before the hand enrolment, and still it went first")
                .containsExactly("entry:next");
        assertThat(path(cartJourney.id(), shopper))
                .as("the event woke the shopper ahead of the backlog")
                .containsExactly("entry:next", "wait:happened", "carted:-");
        run();
        assertThat(backlog)
                .allSatisfy(id -> assertThat(standing(backlogJourney.id(), id).endReason())
                        .isEqualTo("EXITED"));
    }

    @Test
    void aWindowWaitEndsWhenTheWindowOpensInTheCustomersOwnZone() {
        clock.freezeAt(Instant.parse("2026-06-13T03:00:00Z")); // Saturday, 12:00 in Tokyo
        long kei = customer("Kei", "Asia/Tokyo", null);
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step(
                        "office",
                        NodeType.WAIT_WINDOW,
                        settings("days", "MON,TUE,WED,THU,FRI", "from", "09:00", "until", "17:00"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "office")
                .link("office", "next", "done")
                .graph());

        journeys.enrol(journey.id(), List.of(kei));
        run();
        assertThat(statistics.ofCustomer(kei).getFirst().nextAt())
                .isEqualTo(Instant.parse("2026-06-15T00:00:00Z")); // Monday 09:00 in Tokyo

        clock.freezeAt(Instant.parse("2026-06-14T23:59:59Z"));
        run();
        assertThat(standing(journey.id(), kei).node()).isEqualTo("office");
        clock.freezeAt(Instant.parse("2026-06-15T00:00:00Z"));
        run();
        assertThat(standing(journey.id(), kei).endReason()).isEqualTo("EXITED");
    }

    @Test
    void aBirthdayJourneyEntersEachCustomerAtNineInTheirZoneOncePerYear() {
        clock.freezeAt(Instant.parse("2026-06-15T06:59:00Z")); // 08:59 in Berlin
        long berlin = customer("Bea", "Europe/Berlin", LocalDate.of(1990, 6, 15));
        long otherDay = customer("Otto", "Europe/Berlin", LocalDate.of(1990, 6, 16));
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_DATE, settings("attribute", "birthday", "time", "09:00"))
                .step("until", NodeType.WAIT_DATE, settings("attribute", "birthday", "time", "18:00"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "until")
                .link("until", "next", "done")
                .graph());

        dateEntries.enrolDue();
        assertThat(enrolments(journey.id(), berlin)).isZero();
        clock.advance(Duration.ofMinutes(2));
        dateEntries.enrolDue();
        dateEntries.enrolDue();
        run();

        assertThat(enrolments(journey.id(), berlin)).isOne();
        assertThat(enrolments(journey.id(), otherDay)).isZero();
        assertThat(statistics.ofCustomer(berlin).getFirst().nextAt())
                .as("the date wait ends at 18:00 Berlin time on the birthday")
                .isEqualTo(Instant.parse("2026-06-15T16:00:00Z"));
        clock.freezeAt(Instant.parse("2026-06-15T16:00:00Z"));
        run();
        assertThat(standing(journey.id(), berlin).endReason()).isEqualTo("EXITED");
        dateEntries.enrolDue();
        assertThat(enrolments(journey.id(), berlin)).as("once on the day").isOne();

        clock.freezeAt(Instant.parse("2027-06-15T07:01:00Z"));
        dateEntries.enrolDue();
        assertThat(enrolments(journey.id(), berlin)).as("again a year later").isEqualTo(2);
    }

    @Test
    void reentryAfterDaysLetsACustomerInAgainOnlyOnceTheDaysHavePassed() {
        long ada = subscriber("Ada");
        JourneyGraph graph = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph()
                .withSettings(new JourneySettings(JourneySettings.Reentry.AFTER_DAYS, 30, false, true));
        Journey journey = publish(graph);

        assertThat(journeys.enrol(journey.id(), List.of(ada))).containsExactly(ada);
        assertThat(journeys.enrol(journey.id(), List.of(ada))).as("still in it").isEmpty();
        run();
        clock.advance(Duration.ofDays(29));
        assertThat(journeys.enrol(journey.id(), List.of(ada)))
                .as("29 days later")
                .isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(journeys.enrol(journey.id(), List.of(ada)))
                .as("30 days later")
                .containsExactly(ada);
    }

    @Test
    void anEntryALongRebuildCommitsLateIsReadByTheNextDeepReadAndOnlyOnce() {
        Instant published = Instant.parse("2026-06-01T10:00:00Z");
        clock.freezeAt(published);
        long ada = subscriber("Ada");
        Segment list = list(List.of());
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, settings("segment", String.valueOf(list.id())))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph());
        clock.freezeAt(published.plus(Duration.ofMinutes(10)));
        assertThat(segmentEntries.enrolNew()).as("the first read: nobody yet").isZero();

        // a rebuild that began at 10:05 and commits its entries only now, after the 10:10 read
        clock.freezeAt(published.plus(Duration.ofMinutes(5)));
        lists.addMembers(list.id(), List.of(ada));
        clock.freezeAt(published.plus(Duration.ofMinutes(10).plusSeconds(10)));
        assertThat(segmentEntries.enrolNew())
                .as("a quick read goes back two minutes before the last read, not to 10:05")
                .isZero();
        clock.freezeAt(published.plus(Duration.ofMinutes(15).plusSeconds(1)));
        assertThat(segmentEntries.enrolNew())
                .as("five minutes after the last deep read, the next goes back the segment lag")
                .isEqualTo(1);
        run();
        assertThat(standing(journey.id(), ada).endReason()).isEqualTo("EXITED");
        clock.freezeAt(published.plus(Duration.ofMinutes(21)));
        assertThat(segmentEntries.enrolNew())
                .as("read again by the next deep read, handled once")
                .isZero();
        assertThat(path(journey.id(), ada)).containsExactly("entry:next", "done:-");
    }

    @Test
    void membersWhoJoinedBeforeTheFirstPublicationNeverEnterUnlessExistingMembersWereAskedFor() {
        Instant rebuilt = Instant.parse("2026-07-01T10:00:00Z");
        clock.freezeAt(rebuilt);
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        Segment list = list(List.of(ada, bo));
        clock.freezeAt(rebuilt.plus(Duration.ofMinutes(3)));
        Journey newOnly = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, settings("segment", String.valueOf(list.id())))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph());
        Journey withExisting = publish(JourneyFixtures.draw()
                .step(
                        "entry",
                        NodeType.ENTRY_SEGMENT,
                        settings("segment", String.valueOf(list.id()), "existing", "yes"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph());

        for (int minutes = 4; minutes <= 30; minutes += 1) {
            clock.freezeAt(rebuilt.plus(Duration.ofMinutes(minutes)));
            segmentEntries.enrolNew();
        }
        run();

        assertThat(path(newOnly.id(), ada))
                .as("quick and deep reads alike stop at the publication")
                .isEmpty();
        assertThat(path(newOnly.id(), bo)).isEmpty();
        assertThat(path(withExisting.id(), ada)).containsExactly("entry:next", "done:-");
        assertThat(path(withExisting.id(), bo)).containsExactly("entry:next", "done:-");
    }

    @Test
    void aCustomerWhoLeavesTheEntrySegmentLeavesAJourneyThatLetsLeaversGo() {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        Segment list = list(List.of());
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_SEGMENT, settings("segment", String.valueOf(list.id())))
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "P1D"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "done")
                .graph()
                .withSettings(new JourneySettings(JourneySettings.Reentry.NEVER, 0, true, true)));
        lists.addMembers(list.id(), List.of(ada, bo));
        segmentEntries.enrolNew();
        run();

        lists.removeMembers(list.id(), List.of(bo));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        run();

        assertThat(standing(journey.id(), ada).endReason()).isEqualTo("EXITED");
        assertThat(standing(journey.id(), bo).endReason()).isEqualTo("LEFT_SEGMENT");
        assertThat(path(journey.id(), bo)).containsExactly("entry:next", "wait:-");
    }

    @Test
    void aPausedJourneyHoldsItsCustomersUntilResumedAndAStoppedOneLetsThemGo() {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "PT1H"))
                .step("wait2", NodeType.WAIT_DURATION, settings("duration", "PT1H"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "wait2")
                .link("wait2", "next", "done")
                .graph());
        journeys.enrol(journey.id(), List.of(ada, bo));
        run();

        journeys.pause(journey.id());
        clock.advance(Duration.ofHours(2));
        run();
        assertThat(standing(journey.id(), ada).node()).isEqualTo("wait");

        journeys.resume(journey.id());
        run();
        assertThat(standing(journey.id(), ada).node()).isEqualTo("wait2");

        journeys.stop(journey.id());
        run();
        assertThat(standing(journey.id(), ada).endReason()).isEqualTo("STOPPED");
        assertThat(standing(journey.id(), bo).endReason()).isEqualTo("STOPPED");
        assertThat(statistics.steps(journey.id()).get("wait2").exited()).isEqualTo(2);
    }

    @Test
    void customersAlreadyInAJourneyStayOnTheirVersionWhenANewOneIsPublished() {
        long ada = subscriber("Ada");
        long bo = subscriber("Bo");
        JourneyGraph first = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "PT1H"))
                .step("old", NodeType.UPDATE_PROFILE, settings("field", "version", "value", "one"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "old")
                .link("old", "next", "done")
                .graph();
        Journey journey = publish(first);
        journeys.enrol(journey.id(), List.of(ada));
        run();

        JourneyGraph second = JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_MANUAL, settings())
                .step("wait", NodeType.WAIT_DURATION, settings("duration", "PT1H"))
                .step("new", NodeType.UPDATE_PROFILE, settings("field", "version", "value", "two"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "next", "new")
                .link("new", "next", "done")
                .graph();
        journeys.saveDraft(journey.id(), second);
        assertThat(journeys.publish(journey.id(), "tester").number()).isEqualTo(2);
        journeys.enrol(journey.id(), List.of(bo));
        run();
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        run();

        assertThat(customers.find(ada).orElseThrow().attributes()).isEqualTo(Map.of("version", "one"));
        assertThat(customers.find(bo).orElseThrow().attributes()).isEqualTo(Map.of("version", "two"));
        assertThat(statistics.ofCustomer(ada).getFirst().version()).isEqualTo(1);
        assertThat(statistics.ofCustomer(bo).getFirst().version()).isEqualTo(2);
    }

    private long enrolments(long journeyId, long customerId) {
        return jdbc.sql("SELECT COUNT(*) FROM journey_enrolment WHERE journey_id = ? AND customer_id = ?")
                .params(journeyId, customerId)
                .query(Long.class)
                .single();
    }
}
