package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.testing.CairnTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A ticket from opening to solved: the customer, the conversation, the status rules and the history. */
@CairnTest
class TicketLifecycleTest {

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    TicketInbox inbox;

    @Autowired
    CustomerManagement customers;

    @Autowired
    StaffManagement staff;

    @Test
    void aTicketFromAnUnknownAddressCreatesTheCustomerAndOneFromAKnownAddressFindsThem() {
        String email = CustomerFixtures.uniqueEmail("ticket");

        Ticket first = tickets.open(
                new NewTicket(
                        "Broken mug",
                        null,
                        email.toUpperCase(),
                        "Mia Wong",
                        TicketChannel.API,
                        "It arrived broken.",
                        null,
                        true,
                        null,
                        null,
                        null,
                        "D8-1234",
                        Set.of("Damaged")),
                Actor.system("api:key-1"));
        Ticket second =
                tickets.open(NewTicket.fromCustomer(TicketChannel.API, email, "Another", "Hello"), Actor.system("t"));

        assertThat(first.customerId()).isEqualTo(second.customerId());
        var customer = customers.find(first.customerId()).orElseThrow();
        assertThat(customer.email()).isEqualTo(email);
        assertThat(customer.firstName()).isEqualTo("Mia");
        assertThat(customer.lastName()).isEqualTo("Wong");
        assertThat(first.status()).isEqualTo(TicketStatus.NEW);
        assertThat(first.priority()).isEqualTo(TicketPriority.NORMAL);
        assertThat(first.orderNumber()).isEqualTo("D8-1234");
        assertThat(first.tags()).containsExactly("damaged");
        assertThat(inbox.messages(first.number(), 0, 10)).singleElement().satisfies(m -> {
            assertThat(m.authorType()).isEqualTo(AuthorType.CUSTOMER);
            assertThat(m.text()).isEqualTo("It arrived broken.");
        });
    }

    @Test
    void anAgentsReplyIsTheFirstResponseAndTheCustomersAnswerOpensThePendingTicketAgain() {
        StaffMember agent = SupportFixtures.agent(staff);
        Ticket ticket = SupportFixtures.lateParcel(tickets);

        tickets.reply(
                ticket.number(), "It is on its way: DHL 123.", null, TicketStatus.PENDING, SupportFixtures.as(agent));
        Ticket pending = inbox.find(ticket.number()).orElseThrow();
        tickets.customerReply(ticket.number(), TicketChannel.API, "It still has not come.", null, null);
        Ticket reopened = inbox.find(ticket.number()).orElseThrow();

        assertThat(pending.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(pending.firstResponseAt()).isNotNull();
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.firstResponseAt()).isEqualTo(pending.firstResponseAt());
        assertThat(reopened.messages()).isEqualTo(3);
        assertThat(reopened.version()).isGreaterThan(pending.version());
        assertThat(inbox.history(ticket.number()))
                .extracting(TicketChange::kind, TicketChange::actor, TicketChange::newValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TicketChange.Kind.CREATED, "test", "API"),
                        org.assertj.core.groups.Tuple.tuple(TicketChange.Kind.REPLIED, agent.username(), null),
                        org.assertj.core.groups.Tuple.tuple(TicketChange.Kind.STATUS, agent.username(), "PENDING"),
                        org.assertj.core.groups.Tuple.tuple(TicketChange.Kind.CUSTOMER_REPLIED, "customer", null),
                        org.assertj.core.groups.Tuple.tuple(TicketChange.Kind.STATUS, "customer", "OPEN"));
    }

    @Test
    void anInternalNoteChangesNoStatusAndIsNoFirstResponse() {
        StaffMember agent = SupportFixtures.agent(staff);
        Ticket ticket = SupportFixtures.lateParcel(tickets);

        TicketMessage note = tickets.note(ticket.number(), "Checked with the warehouse.", SupportFixtures.as(agent));

        Ticket after = inbox.find(ticket.number()).orElseThrow();
        assertThat(note.kind()).isEqualTo(MessageKind.NOTE);
        assertThat(after.status()).isEqualTo(TicketStatus.NEW);
        assertThat(after.firstResponseAt()).isNull();
    }

    @Test
    void anUpdateChangesTheOneFieldItNamesAndAClosedTicketStaysClosed() {
        StaffMember agent = SupportFixtures.agent(staff);
        Ticket ticket = SupportFixtures.lateParcel(tickets);

        updates.priority(ticket.number(), TicketPriority.HIGH, SupportFixtures.as(agent));
        Ticket assigned = updates.assign(ticket.number(), agent.id(), SupportFixtures.as(agent));
        updates.status(ticket.number(), TicketStatus.CLOSED, SupportFixtures.as(agent));

        assertThat(assigned.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(assigned.assigneeId()).isEqualTo(agent.id());
        assertThat(assigned.subject()).isEqualTo(ticket.subject());
        assertThat(assigned.status()).isEqualTo(ticket.status());
        assertThatThrownBy(() -> updates.status(ticket.number(), TicketStatus.OPEN, SupportFixtures.as(agent)))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.error.closed");
        assertThatThrownBy(() -> tickets.customerReply(ticket.number(), TicketChannel.API, "Hello?", null, null))
                .isInstanceOf(TicketException.class);
    }

    @Test
    void badInputIsRefusedNamingItAndWritesNothing() {
        String email = CustomerFixtures.uniqueEmail("bad");
        long before = inbox.count(InboxFilter.of(InboxView.ALL, 0));

        assertThatThrownBy(() ->
                        tickets.open(NewTicket.fromCustomer(TicketChannel.API, email, " ", "Hi"), Actor.system("t")))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.error.subject-empty");
        assertThatThrownBy(() ->
                        tickets.open(NewTicket.fromCustomer(TicketChannel.API, email, "Hi", "  "), Actor.system("t")))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.error.message-empty");
        assertThatThrownBy(() -> tickets.open(
                        new NewTicket(
                                "Hi",
                                null,
                                email,
                                null,
                                TicketChannel.API,
                                "Hello",
                                null,
                                true,
                                null,
                                null,
                                999_999L,
                                null,
                                Set.of()),
                        Actor.system("t")))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.error.group-unknown");

        assertThat(inbox.count(InboxFilter.of(InboxView.ALL, 0))).isEqualTo(before);
        assertThat(customers.findByEmail(email)).isEmpty();
    }

    @Test
    void htmlIsKeptCleanedAndItsTextIsTheMessagesText() {
        Ticket ticket = tickets.open(
                new NewTicket(
                        "Html",
                        null,
                        CustomerFixtures.uniqueEmail("html"),
                        null,
                        TicketChannel.API,
                        null,
                        "<p onclick=\"x()\">Hello <b>there</b></p><script>alert(1)</script><img src=\"https://t.example/p.gif\">"
                                + "<p>Second line</p>",
                        true,
                        null,
                        null,
                        null,
                        null,
                        Set.of()),
                Actor.system("t"));

        TicketMessage message = inbox.messages(ticket.number(), 0, 1).getFirst();
        assertThat(message.html()).isEqualTo("<p>Hello <b>there</b></p><p>Second line</p>");
        assertThat(message.text()).isEqualTo("Hello there\nSecond line");
    }

    @Test
    void theInboxViewsSelectByAssigneeAndStatusAndBulkAssignmentIsAllOrNothing() {
        StaffMember agent = SupportFixtures.agent(staff);
        Ticket one = SupportFixtures.lateParcel(tickets);
        Ticket two = SupportFixtures.lateParcel(tickets);

        assertThatThrownBy(() ->
                        updates.assignAll(List.of(one.number(), 99_999_999L), agent.id(), SupportFixtures.as(agent)))
                .isInstanceOf(TicketException.class);
        assertThat(inbox.find(one.number()).orElseThrow().assigneeId()).isNull();
        updates.assignAll(List.of(one.number(), two.number()), agent.id(), SupportFixtures.as(agent));
        updates.status(two.number(), TicketStatus.SOLVED, SupportFixtures.as(agent));

        assertThat(inbox.page(InboxFilter.of(InboxView.MINE, agent.id()), InboxSort.UPDATED, 0, 10))
                .extracting(TicketRow::number)
                .containsExactly(one.number());
        assertThat(inbox.page(InboxFilter.of(InboxView.DONE, agent.id()), InboxSort.UPDATED, 0, 10))
                .extracting(TicketRow::number)
                .contains(two.number())
                .doesNotContain(one.number());
        TicketRow row = inbox.page(InboxFilter.of(InboxView.MINE, agent.id()), InboxSort.UPDATED, 0, 1)
                .getFirst();
        assertThat(row.assigneeName()).isEqualTo(agent.displayName());
        assertThat(row.customerName()).contains("@");
        assertThat(inbox.find(two.number()).orElseThrow().solvedAt()).isNotNull();
    }
}
