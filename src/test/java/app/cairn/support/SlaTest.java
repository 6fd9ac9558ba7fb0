package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.staff.StaffMember;
import app.cairn.support.internal.SlaWatch;
import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SLA clocks on tickets: due times on business hours, a pause while pending, one escalation per breach. */
@CairnTest
class SlaTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    SlaSettings sla;

    @Autowired
    SlaWatch watch;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketInbox inbox;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void nineToFiveWithTargets() {
        sla.save(
                BusinessCalendar.weekdays(BERLIN, new BusinessCalendar.Period(LocalTime.of(9, 0), LocalTime.of(17, 0))),
                List.of(
                        new SlaTarget(
                                TicketPriority.NORMAL, Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4)),
                        new SlaTarget(
                                TicketPriority.HIGH,
                                Duration.ofMinutes(30),
                                Duration.ofHours(1),
                                Duration.ofHours(2))));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aTicketOpenedFridayAtHalfPastFourMustBeAnsweredByMondayHalfPastNine() {
        clock.freezeAt(at("2026-12-04T16:30"));

        Ticket ticket = open();

        assertThat(due(ticket, SlaMetric.FIRST_RESPONSE)).isEqualTo(at("2026-12-07T09:30"));
        assertThat(due(ticket, SlaMetric.RESOLUTION)).isEqualTo(at("2026-12-07T12:30"));
    }

    @Test
    void pendingPausesResolutionAcrossTheWeekendAndTheCustomersAnswerStartsNextResponse() {
        clock.freezeAt(at("2026-12-04T16:30"));
        Ticket ticket = open();
        clock.freezeAt(at("2026-12-04T16:45"));
        tickets.reply(
                ticket.number(), "Could you send the order number?", null, TicketStatus.PENDING, Actor.system("agent"));

        Map<SlaMetric, SlaClock> paused = clocks(ticket);
        clock.freezeAt(at("2026-12-07T10:00"));
        tickets.customerReply(ticket.number(), TicketChannel.API, "It is D8-42.", null, null);

        assertThat(paused.get(SlaMetric.FIRST_RESPONSE).metAt()).isEqualTo(at("2026-12-04T16:45"));
        assertThat(paused.get(SlaMetric.RESOLUTION).paused()).isTrue();
        assertThat(due(ticket, SlaMetric.RESOLUTION))
                .as("15 business minutes used on Friday, 3 h 45 left from Monday 10:00")
                .isEqualTo(at("2026-12-07T13:45"));
        assertThat(due(ticket, SlaMetric.NEXT_RESPONSE)).isEqualTo(at("2026-12-07T12:00"));
    }

    @Test
    void aBreachEscalatesOnceEvenWhenTwoSchedulerNodesTickTogether() throws Exception {
        clock.freezeAt(at("2026-12-07T09:00"));
        Ticket ticket = open();
        clock.freezeAt(at("2026-12-07T10:05"));

        CompletableFuture<int[]> one = CompletableFuture.supplyAsync(watch::tick);
        CompletableFuture<int[]> two = CompletableFuture.supplyAsync(watch::tick);
        one.get();
        two.get();
        watch.tick();

        Ticket escalated = inbox.find(ticket.number()).orElseThrow();
        List<TicketChange> history = inbox.history(ticket.number());
        assertThat(history)
                .filteredOn(c -> c.kind() == TicketChange.Kind.SLA_BREACHED)
                .extracting(TicketChange::newValue)
                .containsExactly("FIRST_RESPONSE");
        assertThat(escalated.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(inbox.messages(ticket.number(), 0, 10))
                .filteredOn(m -> m.kind() == MessageKind.NOTE)
                .singleElement()
                .satisfies(note -> assertThat(note.text()).startsWith("SLA breached: first response"));
        assertThat(inbox.page(InboxFilter.of(InboxView.BREACHING, 0), InboxSort.OLDEST, 0, 1000))
                .extracting(TicketRow::number)
                .contains(ticket.number());
        assertThat(history)
                .filteredOn(c -> c.kind() == TicketChange.Kind.SLA_WARNING)
                .extracting(TicketChange::newValue)
                .contains("FIRST_RESPONSE");
    }

    @Test
    void aChangedCalendarMovesTheDueTimeOfARunningClock() {
        clock.freezeAt(at("2026-12-07T16:30"));
        Ticket ticket = open();

        sla.save(
                BusinessCalendar.weekdays(BERLIN, new BusinessCalendar.Period(LocalTime.of(8, 0), LocalTime.of(18, 0))),
                sla.targets());

        assertThat(due(ticket, SlaMetric.FIRST_RESPONSE)).isEqualTo(at("2026-12-07T17:30"));
    }

    @Test
    void aBreachedTicketOfAGroupGoesToItsLead() {
        StaffMember agent = SupportFixtures.agent(staff);
        StaffMember lead = SupportFixtures.agent(staff);
        SupportGroup group = groups.create(
                "Escalations " + java.util.UUID.randomUUID(),
                java.util.Set.of(agent.id(), lead.id()),
                Assignment.MANUAL);
        assertThatThrownBy(() ->
                        groups.lead(group.id(), SupportFixtures.agent(staff).id()))
                .hasMessageContaining("support.error.lead-not-member");
        groups.lead(group.id(), lead.id());
        clock.freezeAt(at("2026-12-07T09:00"));
        Ticket ticket = open();
        updates.group(ticket.number(), group.id(), Actor.system("test"));
        updates.assign(ticket.number(), agent.id(), Actor.system("test"));
        clock.freezeAt(at("2026-12-07T10:05"));

        watch.tick();

        assertThat(inbox.find(ticket.number()).orElseThrow().assigneeId()).isEqualTo(lead.id());
    }

    @Test
    void aCustomerInTheSegmentWithTargetsOfItsOwnIsPromisedTheseAndOthersTheGeneralOnes() {
        app.cairn.segment.Segment vip = segments.createStatic("VIP " + java.util.UUID.randomUUID(), null);
        Ticket probe = open();
        lists.addMembers(vip.id(), List.of(probe.customerId()));
        sla.save(
                sla.calendar().orElseThrow(),
                sla.targets(),
                new SegmentSla(
                        vip.id(), List.of(new SlaTarget(TicketPriority.NORMAL, Duration.ofMinutes(15), null, null))));
        try {
            clock.freezeAt(at("2026-12-07T09:00"));
            Ticket vipTicket = tickets.open(
                    NewTicket.fromCustomer(TicketChannel.API, probe.customerId(), "VIP", "Help"), Actor.system("test"));
            Ticket other = open();

            assertThat(due(vipTicket, SlaMetric.FIRST_RESPONSE)).isEqualTo(at("2026-12-07T09:15"));
            assertThat(due(vipTicket, SlaMetric.RESOLUTION))
                    .as("a target the segment leaves empty is the general one")
                    .isEqualTo(at("2026-12-07T13:00"));
            assertThat(due(other, SlaMetric.FIRST_RESPONSE)).isEqualTo(at("2026-12-07T10:00"));
            assertThat(sla.segmentTargets())
                    .hasValueSatisfying(own -> assertThat(own.segmentId()).isEqualTo(vip.id()));
        } finally {
            sla.save(sla.calendar().orElseThrow(), sla.targets(), null);
        }
        assertThat(sla.segmentTargets()).isEmpty();
    }

    @Autowired
    app.cairn.segment.SegmentManagement segments;

    @Autowired
    app.cairn.segment.SegmentLists lists;

    @Autowired
    SupportGroups groups;

    @Autowired
    TicketUpdates updates;

    @Autowired
    app.cairn.staff.StaffManagement staff;

    private Ticket open() {
        return tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("sla"), "SLA", "Help, please."),
                Actor.system("test"));
    }

    private Map<SlaMetric, SlaClock> clocks(Ticket ticket) {
        return sla.clocks(ticket.number()).stream().collect(Collectors.toMap(SlaClock::metric, c -> c));
    }

    private Instant due(Ticket ticket, SlaMetric metric) {
        return clocks(ticket).get(metric).dueAt();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }
}
