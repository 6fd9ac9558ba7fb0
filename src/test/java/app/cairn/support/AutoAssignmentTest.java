package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.testing.CairnTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A group that assigns by itself gives its new tickets to its agents in turn, or to the least busy, never to one away. */
@CairnTest
class AutoAssignmentTest {

    @Autowired
    SupportGroups groups;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    StaffManagement staff;

    @Test
    void roundRobinGivesEachAgentATicketInTurnAndSkipsOneWhoIsAway() {
        StaffMember anna = SupportFixtures.agent(staff);
        StaffMember ben = SupportFixtures.agent(staff);
        StaffMember cleo = SupportFixtures.agent(staff);
        SupportGroup group = groups.create(
                "Turns " + UUID.randomUUID(), Set.of(anna.id(), ben.id(), cleo.id()), Assignment.ROUND_ROBIN);
        groups.away(cleo.id(), true);

        List<Long> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assignees.add(open(group).assigneeId());
        }

        assertThat(assignees).doesNotContain(cleo.id()).doesNotContainNull();
        assertThat(assignees.get(0)).isNotEqualTo(assignees.get(1));
        assertThat(assignees.get(2)).isEqualTo(assignees.get(0));
        assertThat(assignees.get(3)).isEqualTo(assignees.get(1));
    }

    @Test
    void fewestOpenGivesTheTicketToTheAgentWithFewestActiveTicketsAndManualToNobody() {
        StaffMember busy = SupportFixtures.agent(staff);
        StaffMember free = SupportFixtures.agent(staff);
        SupportGroup manual =
                groups.create("Manual " + UUID.randomUUID(), Set.of(busy.id(), free.id()), Assignment.MANUAL);
        Ticket first = open(manual);
        updates.assign(first.number(), busy.id(), SupportFixtures.as(busy));
        SupportGroup least =
                groups.create("Least " + UUID.randomUUID(), Set.of(busy.id(), free.id()), Assignment.FEWEST_OPEN);

        Ticket next = open(least);

        assertThat(first.assigneeId()).isNull();
        assertThat(next.assigneeId()).isEqualTo(free.id());
    }

    @Test
    void aTicketRoutedToAnAssigningGroupLaterIsAssignedThen() {
        StaffMember agent = SupportFixtures.agent(staff);
        SupportGroup group = groups.create("Later " + UUID.randomUUID(), Set.of(agent.id()), Assignment.ROUND_ROBIN);
        Ticket ticket = SupportFixtures.lateParcel(tickets);

        Ticket routed = updates.group(ticket.number(), group.id(), SupportFixtures.as(agent));

        assertThat(routed.assigneeId()).isEqualTo(agent.id());
    }

    private Ticket open(SupportGroup group) {
        return tickets.open(
                new NewTicket(
                        "Help",
                        null,
                        CustomerFixtures.uniqueEmail("rr"),
                        null,
                        TicketChannel.API,
                        "Please help.",
                        null,
                        true,
                        null,
                        null,
                        group.id(),
                        null,
                        Set.of()),
                Actor.system("test"));
    }
}
