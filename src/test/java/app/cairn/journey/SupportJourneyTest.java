package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.returns.NewReturn;
import app.cairn.returns.ProductReturn;
import app.cairn.returns.ReturnReason;
import app.cairn.returns.ReturnResolution;
import app.cairn.returns.ReturnStatus;
import app.cairn.returns.Returns;
import app.cairn.support.Actor;
import app.cairn.support.AuthorType;
import app.cairn.support.MessageKind;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketPriority;
import app.cairn.support.TicketStatus;
import app.cairn.support.TicketUpdates;
import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Journeys on the support desk's and returns' events, and the step that opens a ticket. */
@CairnTest
class SupportJourneyTest extends JourneyTestSupport {

    private static final Actor AGENT = Actor.system("agent-test");

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketUpdates updates;

    @Autowired
    TicketInbox inbox;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    Returns returns;

    @Test
    void aSolvedTicketFollowedByARefundOpensAFollowUpTicketWithANoteForTheAgents() {
        Journey journey = publish(JourneyFixtures.draw()
                .step("entry", NodeType.ENTRY_EVENT, settings("event", "TICKET_SOLVED"))
                .step("wait", NodeType.WAIT_EVENT, settings("event", "RETURN_COMPLETED", "timeout", "P7D"))
                .step(
                        "ticket",
                        NodeType.OPEN_TICKET,
                        settings(
                                "subject",
                                "Refund done: call {{first_name}}",
                                "body",
                                "Ask {{first_name}} ({{email}}) how the refund went.",
                                "priority",
                                "high"))
                .step("done", NodeType.EXIT, settings())
                .step("quiet", NodeType.EXIT, settings())
                .link("entry", "next", "wait")
                .link("wait", "happened", "ticket")
                .link("wait", "timeout", "quiet")
                .link("ticket", "next", "done")
                .graph());
        long ada = subscriber("Ada");
        Ticket broken = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, ada, "Broken mug", "It arrived in pieces."), AGENT);
        updates.status(broken.number(), TicketStatus.SOLVED, AGENT);
        run();
        assertThat(standing(journey.id(), ada).node()).isEqualTo("wait");

        String order = "J-" + UUID.randomUUID().toString().substring(0, 8);
        commerce.recordOrder(new OrderData(
                order,
                ada,
                Instant.parse("2026-10-01T10:00:00Z"),
                OrderStatus.DELIVERED,
                "EUR",
                List.of(new OrderLineData("MUG", "Mug", 1, new BigDecimal("9.00")))));
        ProductReturn asked = returns.create(
                new NewReturn(
                        order, broken.number(), Map.of(1, 1), ReturnReason.DAMAGED, ReturnResolution.REFUND, null),
                AGENT);
        returns.advance(asked.id(), ReturnStatus.APPROVED, AGENT);
        returns.advance(asked.id(), ReturnStatus.RECEIVED, AGENT);
        returns.advance(asked.id(), ReturnStatus.REFUNDED, AGENT);
        run();

        assertThat(path(journey.id(), ada)).containsExactly("entry:next", "wait:happened", "ticket:next", "done:-");
        List<Ticket> opened = journeyTickets(ada);
        assertThat(opened).singleElement().satisfies(t -> {
            assertThat(t.subject()).isEqualTo("Refund done: call Ada");
            assertThat(t.priority()).isEqualTo(TicketPriority.HIGH);
            assertThat(t.status()).isEqualTo(TicketStatus.NEW);
        });
        assertThat(inbox.messages(opened.getFirst().number(), 0, 10))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.kind()).as("the customer is not written to").isEqualTo(MessageKind.NOTE);
                    assertThat(m.authorType()).isEqualTo(AuthorType.SYSTEM);
                    assertThat(m.text()).isEqualTo("Ask Ada (" + email(ada) + ") how the refund went.");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM email_message WHERE customer_id = ?")
                        .param(ada)
                        .query(Long.class)
                        .single())
                .isZero();
        run();
        assertThat(journeyTickets(ada)).as("the step is taken once").hasSize(1);
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    private List<Ticket> journeyTickets(long customer) {
        return jdbc
                .sql("SELECT id FROM ticket WHERE customer_id = ? AND channel = 'JOURNEY'")
                .param(customer)
                .query(Long.class)
                .list()
                .stream()
                .map(number -> inbox.find(number).orElseThrow())
                .toList();
    }

    @Test
    void aCustomerWhoRatesSupportBadlyEntersAJourneyFilteredOnTheRating() {
        Journey journey = publish(JourneyFixtures.draw()
                .step(
                        "entry",
                        NodeType.ENTRY_EVENT,
                        settings("event", "CSAT_RECEIVED", "property", "rating", "operator", "lte", "value", "2"))
                .step("done", NodeType.EXIT, settings())
                .link("entry", "next", "done")
                .graph());
        long bo = subscriber("Bo");
        long cy = subscriber("Cy");

        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            publisher.publishEvent(new app.cairn.support.CsatReceived(1, bo, null, 1, clock.instant()));
            publisher.publishEvent(new app.cairn.support.CsatReceived(2, cy, null, 5, clock.instant()));
        });
        run();

        assertThat(path(journey.id(), bo)).containsExactly("entry:next", "done:-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM journey_enrolment WHERE journey_id = ? AND customer_id = ?")
                        .params(journey.id(), cy)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
