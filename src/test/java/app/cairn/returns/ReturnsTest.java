package app.cairn.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Returns: asked for on order lines, moved through their flow, and a refund lowering the customer's spend. */
@CairnTest
@RecordApplicationEvents
class ReturnsTest {

    private static final Actor AGENT = Actor.system("agent-test");

    @Autowired
    Returns returns;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    CustomerManagement customers;

    @Autowired
    TicketManagement tickets;

    @Autowired
    ApplicationEvents events;

    @Autowired
    app.cairn.support.TicketInbox inbox;

    @Autowired
    app.cairn.customer.CustomerErasure erasure;

    @Autowired
    app.cairn.customer.CustomerDuplicates duplicates;

    @Test
    void aRefundedReturnLowersTheSpendByItsLinesAndIsAnnouncedOnce() {
        long customer = CustomerFixtures.berliner(customers, null);
        String order = order(customer);
        assertThat(commerce.figures(customer).totalSpend()).isEqualByComparingTo("62.00");

        ProductReturn asked = returns.create(
                new NewReturn(order, null, Map.of(1, 2), ReturnReason.DAMAGED, ReturnResolution.REFUND, "box dented"),
                AGENT);
        assertThat(asked.status()).isEqualTo(ReturnStatus.REQUESTED);
        assertThat(asked.total()).isEqualByComparingTo("24.00");
        assertThat(asked.currency()).isEqualTo("EUR");
        returns.advance(asked.id(), ReturnStatus.APPROVED, AGENT);
        returns.advance(asked.id(), ReturnStatus.RECEIVED, AGENT);
        assertThat(commerce.figures(customer).totalSpend()).isEqualByComparingTo("62.00");

        ProductReturn refunded = returns.advance(asked.id(), ReturnStatus.REFUNDED, AGENT);

        assertThat(refunded.status()).isEqualTo(ReturnStatus.REFUNDED);
        assertThat(refunded.completedAt()).isNotNull();
        assertThat(commerce.figures(customer).totalSpend()).isEqualByComparingTo("38.00");
        assertThat(commerce.figures(customer).orders()).isEqualTo(1);
        assertThat(commerce.order(refunded.number())).hasValueSatisfying(credit -> {
            assertThat(credit.customerId()).isEqualTo(customer);
            assertThat(credit.order().total()).isEqualByComparingTo("-24.00");
            assertThat(credit.order().lines())
                    .extracting(OrderLineData::quantity)
                    .containsExactly(-2);
        });
        assertThat(events.stream(ReturnCompleted.class).filter(e -> e.returnId() == asked.id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.status()).isEqualTo(ReturnStatus.REFUNDED);
                    assertThat(e.total()).isEqualByComparingTo("24.00");
                    assertThat(e.customerId()).isEqualTo(customer);
                });
        assertThat(returns.history(asked.id()))
                .extracting(ReturnChange::to)
                .containsExactly(
                        ReturnStatus.REQUESTED, ReturnStatus.APPROVED, ReturnStatus.RECEIVED, ReturnStatus.REFUNDED);
        assertThatThrownBy(() -> returns.advance(asked.id(), ReturnStatus.REFUNDED, AGENT))
                .isInstanceOf(ReturnException.class)
                .hasMessageContaining("returns.error.step");
    }

    @Test
    void anExchangeCompletesWithoutChangingTheSpend() {
        long customer = CustomerFixtures.berliner(customers, null);
        String order = order(customer);
        ProductReturn asked = returns.create(
                new NewReturn(order, null, Map.of(2, 1), ReturnReason.WRONG_SIZE, ReturnResolution.EXCHANGE, null),
                AGENT);
        returns.advance(asked.id(), ReturnStatus.APPROVED, AGENT);
        returns.advance(asked.id(), ReturnStatus.RECEIVED, AGENT);

        assertThatThrownBy(() -> returns.advance(asked.id(), ReturnStatus.REFUNDED, AGENT))
                .hasMessageContaining("returns.error.step");
        ProductReturn exchanged = returns.advance(asked.id(), ReturnStatus.EXCHANGED, AGENT);

        assertThat(exchanged.status()).isEqualTo(ReturnStatus.EXCHANGED);
        assertThat(commerce.figures(customer).totalSpend()).isEqualByComparingTo("62.00");
        assertThat(commerce.order(exchanged.number())).isEmpty();
        assertThat(events.stream(ReturnCompleted.class).filter(e -> e.returnId() == asked.id()))
                .singleElement()
                .extracting(ReturnCompleted::status)
                .isEqualTo(ReturnStatus.EXCHANGED);
    }

    @Test
    void noMoreItemsGoBackThanWereOrderedAcrossReturnsAndARejectedReturnFreesThem() {
        long customer = CustomerFixtures.berliner(customers, null);
        String order = order(customer);
        ProductReturn first = returns.create(
                new NewReturn(order, null, Map.of(1, 2), ReturnReason.CHANGED_MIND, ReturnResolution.REFUND, null),
                AGENT);
        assertThat(returns.returnable(order)).isEqualTo(Map.of(1, 1, 2, 1));

        assertThatThrownBy(() -> returns.create(
                        new NewReturn(
                                order, null, Map.of(1, 2), ReturnReason.CHANGED_MIND, ReturnResolution.REFUND, null),
                        AGENT))
                .isInstanceOfSatisfying(ReturnException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("returns.error.quantity-too-many");
                    assertThat(refused.arguments()).containsExactly("Blue mug", 2, 1);
                });
        returns.advance(first.id(), ReturnStatus.REJECTED, AGENT);

        assertThat(returns.returnable(order)).isEqualTo(Map.of(1, 3, 2, 1));
        assertThatThrownBy(() -> returns.advance(first.id(), ReturnStatus.APPROVED, AGENT))
                .as("a rejected return is final")
                .hasMessageContaining("returns.error.step");
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrongAndWriteNothing() {
        long customer = CustomerFixtures.berliner(customers, null);
        String order = order(customer);

        assertRefused(
                new NewReturn("NO-SUCH-ORDER", null, Map.of(1, 1), ReturnReason.OTHER, ReturnResolution.REFUND, null),
                "returns.error.order-unknown",
                "NO-SUCH-ORDER");
        assertRefused(
                new NewReturn(order, null, Map.of(7, 1), ReturnReason.OTHER, ReturnResolution.REFUND, null),
                "returns.error.line-unknown",
                7,
                order);
        assertRefused(
                new NewReturn(order, null, Map.of(1, -1), ReturnReason.OTHER, ReturnResolution.REFUND, null),
                "returns.error.quantity-negative",
                "Blue mug",
                -1);
        assertRefused(
                new NewReturn(order, null, Map.of(1, 0), ReturnReason.OTHER, ReturnResolution.REFUND, null),
                "returns.error.nothing",
                order);
        assertRefused(
                new NewReturn(order, null, Map.of(1, 1), null, ReturnResolution.REFUND, null),
                "returns.error.reason-required");
        assertRefused(
                new NewReturn(
                        order, null, Map.of(1, 1), ReturnReason.OTHER, ReturnResolution.REFUND, "x".repeat(2_001)),
                "returns.error.note-too-long",
                Returns.MAX_NOTE);
        Ticket otherCustomers = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("other"), "Hello", "Hi"), AGENT);
        assertRefused(
                new NewReturn(
                        order,
                        otherCustomers.number(),
                        Map.of(1, 1),
                        ReturnReason.OTHER,
                        ReturnResolution.REFUND,
                        null),
                "returns.error.ticket-customer",
                Long.toString(otherCustomers.number()),
                order);

        String cancelled = "RET-C-" + UUID.randomUUID().toString().substring(0, 8);
        commerce.recordOrder(new OrderData(
                cancelled,
                customer,
                Instant.parse("2026-10-02T10:00:00Z"),
                OrderStatus.CANCELLED,
                "EUR",
                List.of(new OrderLineData("MUG-BLUE", "Blue mug", 1, new BigDecimal("12.00")))));
        assertRefused(
                new NewReturn(cancelled, null, Map.of(1, 1), ReturnReason.OTHER, ReturnResolution.REFUND, null),
                "returns.error.not-delivered",
                cancelled);

        assertThat(returns.ofCustomer(customer, 0, 10)).isEmpty();
        assertThat(returns.returnable(order)).isEqualTo(Map.of(1, 3, 2, 1));
    }

    @Test
    void aReturnAskedForOnATicketIsListedWithIt() {
        String email = CustomerFixtures.uniqueEmail("ticket-return");
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, email, "Broken mug", "It arrived in pieces."), AGENT);
        String order = order(ticket.customerId());

        ProductReturn asked = returns.create(
                new NewReturn(
                        order,
                        ticket.number(),
                        Map.of(1, 1),
                        ReturnReason.DAMAGED,
                        ReturnResolution.STORE_CREDIT,
                        null),
                AGENT);

        assertThat(returns.ofTicket(ticket.number()))
                .extracting(ProductReturn::id)
                .containsExactly(asked.id());
        assertThat(returns.ofCustomer(ticket.customerId(), 0, 10))
                .extracting(ProductReturn::number)
                .containsExactly("R-" + asked.id());
    }

    @Test
    void deletingACustomerErasesTheirTicketsAndReturnsAndAMergeMovesThem() {
        String email = CustomerFixtures.uniqueEmail("erased");
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, email, "Refund please", "Two mugs broke."), AGENT);
        String order = order(ticket.customerId());
        returns.create(
                new NewReturn(
                        order, ticket.number(), Map.of(1, 2), ReturnReason.DAMAGED, ReturnResolution.REFUND, null),
                AGENT);
        long kept = CustomerFixtures.berliner(customers, null);
        duplicates.merge(kept, ticket.customerId(), java.util.Set.of(), "test");

        assertThat(returns.ofCustomer(kept, 0, 10)).hasSize(1);
        assertThat(inbox.find(ticket.number()))
                .hasValueSatisfying(t -> assertThat(t.customerId()).isEqualTo(kept));
        assertThat(erasure.describe(kept))
                .extracting(app.cairn.customer.HeldRecords::labelKey, app.cairn.customer.HeldRecords::count)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("erase.tickets", 1L),
                        org.assertj.core.groups.Tuple.tuple("erase.returns", 1L));

        erasure.delete(kept, "test");

        assertThat(returns.ofCustomer(kept, 0, 10)).isEmpty();
        assertThat(inbox.find(ticket.number())).isEmpty();
    }

    private void assertRefused(NewReturn request, String key, Object... arguments) {
        assertThatThrownBy(() -> returns.create(request, AGENT))
                .isInstanceOfSatisfying(ReturnException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(key);
                    assertThat(refused.arguments()).containsExactly(arguments);
                });
    }

    /** An order of 3 blue mugs at 12.00 and a teapot at 26.00, delivered: 62.00 EUR. */
    private String order(long customer) {
        String number = "RET-" + UUID.randomUUID().toString().substring(0, 8);
        commerce.recordOrder(new OrderData(
                number,
                customer,
                Instant.parse("2026-10-01T10:00:00Z"),
                OrderStatus.DELIVERED,
                "EUR",
                List.of(
                        new OrderLineData("MUG-BLUE", "Blue mug", 3, new BigDecimal("12.00")),
                        new OrderLineData("TEAPOT", "Teapot", 1, new BigDecimal("26.00")))));
        return number;
    }
}
