package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.testing.CairnTest;
import app.cairn.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The support report's figures, from tickets worked at known times. */
@CairnTest
class SupportReportTest {

    @Autowired
    SupportReport report;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    SupportGroups groups;

    @Autowired
    StaffManagement staff;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAgentsAnswersSolvesAndRatingsAddUpPerAgentPerGroupAndPerDay() {
        // far in the future, so that no other test's tickets fall into the period
        Instant day = Instant.parse("2031-03-03T08:00:00Z");
        StaffMember agent = SupportFixtures.agent(staff);
        Actor as = SupportFixtures.as(agent);
        SupportGroup group =
                groups.create("Report " + java.util.UUID.randomUUID(), Set.of(agent.id()), Assignment.MANUAL);
        clock.freezeAt(day);
        Ticket quick = SupportFixtures.lateParcel(tickets);
        Ticket slow = SupportFixtures.lateParcel(tickets);
        for (Ticket t : new Ticket[] {quick, slow}) {
            updates.group(t.number(), group.id(), as);
            updates.assign(t.number(), agent.id(), as);
        }
        clock.freezeAt(day.plus(Duration.ofMinutes(30)));
        tickets.reply(quick.number(), "On its way.", null, TicketStatus.SOLVED, as);
        clock.freezeAt(day.plus(Duration.ofMinutes(90)));
        tickets.reply(slow.number(), "Checking.", null, TicketStatus.PENDING, as);
        clock.freezeAt(day.plus(Duration.ofHours(26)));
        updates.status(slow.number(), TicketStatus.SOLVED, as);
        jdbc.sql("""
                        INSERT INTO ticket_csat (ticket_id, token, assignee_id, sent_at, expires_at, rating, answered_at)
                        VALUES (?, ?, ?, ?, ?, 4, ?), (?, ?, ?, ?, ?, 2, ?)""")
                .params(
                        quick.number(),
                        "r1-" + quick.number(),
                        agent.id(),
                        at(day),
                        at(day),
                        at(day.plus(Duration.ofHours(1))),
                        slow.number(),
                        "r2-" + slow.number(),
                        agent.id(),
                        at(day),
                        at(day),
                        at(day.plus(Duration.ofHours(27))))
                .update();

        SupportFigures figures =
                report.of(day.minus(Duration.ofDays(1)), day.plus(Duration.ofDays(2)), ZoneId.of("Europe/Berlin"));

        assertThat(figures.opened()).isEqualTo(2);
        assertThat(figures.solved()).isEqualTo(2);
        assertThat(figures.firstResponse()).isEqualTo(Duration.ofMinutes(60));
        assertThat(figures.resolution()).isEqualTo(Duration.ofMinutes((30 + 26 * 60) / 2));
        assertThat(figures.csat().answers()).isEqualTo(2);
        assertThat(figures.csat().average()).isEqualTo(3.0);
        assertThat(figures.agents()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(agent.displayName());
            assertThat(row.solved()).isEqualTo(2);
            assertThat(row.csat().average()).isEqualTo(3.0);
        });
        assertThat(figures.groups()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo(group.name());
            assertThat(row.solved()).isEqualTo(2);
        });
        assertThat(figures.openedPerDay())
                .filteredOn(d -> d.day().equals(java.time.LocalDate.of(2031, 3, 3)))
                .singleElement()
                .extracting(SupportFigures.DayCount::count)
                .isEqualTo(2L);
        assertThat(figures.solvedPerDay())
                .filteredOn(d -> d.count() > 0)
                .extracting(SupportFigures.DayCount::day)
                .containsExactly(java.time.LocalDate.of(2031, 3, 3), java.time.LocalDate.of(2031, 3, 4));
    }

    private static Object at(Instant instant) {
        return app.cairn.shared.UtcColumns.toColumn(instant);
    }
}
