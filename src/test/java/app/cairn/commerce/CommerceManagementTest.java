package app.cairn.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class CommerceManagementTest {

    @Autowired
    CommerceManagement commerce;

    @Autowired
    CustomerManagement customers;

    @Test
    void anOrderIsRecordedOnceWithItsLinesAndTotal() {
        long customer = CustomerFixtures.berliner(customers, null);
        String sku = product("MUG");
        OrderData order = new OrderData(
                number(),
                customer,
                Instant.parse("2025-06-01T10:00:00Z"),
                OrderStatus.PAID,
                "eur",
                List.of(
                        new OrderLineData(sku, "Mug", 3, new BigDecimal("4.50")),
                        new OrderLineData("UNKNOWN-SKU", "Gift wrap", 1, new BigDecimal("1.00"))));

        RecordedOrder first = commerce.recordOrder(order);

        assertThat(first.created()).isTrue();
        assertThat(commerce.recordOrder(order)).isEqualTo(new RecordedOrder(first.id(), false));
        assertThat(commerce.orders(customer, 0, 10)).singleElement().satisfies(view -> {
            assertThat(view.total()).isEqualByComparingTo("14.50");
            assertThat(view.currency()).isEqualTo("EUR");
            assertThat(view.lines()).extracting(OrderLineData::sku).containsExactly(sku, "UNKNOWN-SKU");
        });
    }

    @Test
    void figuresLeaveOutCancelledOrdersAndCountCreditNotesAgainstSpendButNotAsOrders() {
        long customer = CustomerFixtures.berliner(customers, null);
        String sku = product("LAMP");
        order(customer, "2025-01-01T00:00:00Z", OrderStatus.DELIVERED, sku, 2, "50.00");
        order(customer, "2025-02-01T00:00:00Z", OrderStatus.CANCELLED, sku, 1, "50.00");
        order(customer, "2025-03-01T00:00:00Z", OrderStatus.DELIVERED, sku, -1, "50.00");

        PurchaseFigures figures = commerce.figures(customer);

        assertThat(figures.orders()).isEqualTo(1);
        assertThat(figures.totalSpend()).isEqualByComparingTo("50.00");
        assertThat(figures.averageOrderValue()).isEqualByComparingTo("50.00");
        assertThat(figures.firstOrderAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(figures.lastOrderAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void theTimelineListsEventsNewestFirstWithTheirProduct() {
        long customer = CustomerFixtures.berliner(customers, null);
        String sku = product("TEAPOT");
        commerce.recordEvent(customer, EventType.PRODUCT_VIEWED, sku, Instant.parse("2025-05-01T10:00:00Z"), null);
        commerce.recordEvent(
                customer, EventType.ADDED_TO_CART, sku, Instant.parse("2025-05-01T10:05:00Z"), "{\"quantity\":2}");

        assertThat(commerce.timeline(customer, 0, 10))
                .extracting(TimelineEvent::type, TimelineEvent::productSku)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.ADDED_TO_CART, sku),
                        org.assertj.core.groups.Tuple.tuple(EventType.PRODUCT_VIEWED, sku));
        assertThat(commerce.countEvents(customer)).isEqualTo(2);
    }

    @Test
    void theActivityTellsEachOrderOnceWithItsNumberAndAmountBesideTheEvents() {
        long customer = CustomerFixtures.berliner(customers, null);
        String sku = product("BOWL");
        String number = number();
        commerce.recordEvent(customer, EventType.PRODUCT_VIEWED, sku, Instant.parse("2025-05-01T10:00:00Z"), null);
        order(customer, "2025-05-01T10:10:00Z", OrderStatus.PAID, sku, 2, "27.10", number);
        commerce.recordEvent(
                customer,
                EventType.ORDER_PLACED,
                null,
                Instant.parse("2025-05-01T10:10:00Z"),
                "{\"order\":\"" + number + "\"}");
        commerce.recordEvent(
                customer,
                EventType.ORDER_PLACED,
                null,
                Instant.parse("2025-05-02T08:00:00Z"),
                "{\"order\":\"ELSEWHERE\"}");

        List<Activity> activity = commerce.activity(customer, 0, 10);

        assertThat(activity)
                .extracting(Activity::type, Activity::orderNumber, Activity::total)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EventType.ORDER_PLACED, null, null),
                        org.assertj.core.groups.Tuple.tuple(EventType.ORDER_PLACED, number, new BigDecimal("54.20")),
                        org.assertj.core.groups.Tuple.tuple(EventType.PRODUCT_VIEWED, null, null));
        assertThat(commerce.countActivity(customer)).isEqualTo(3);
    }

    @Test
    void refusesOrdersItCannotRecordAndWritesNothing() {
        long customer = CustomerFixtures.berliner(customers, null);
        String sku = product("PLATE");
        List<OrderLineData> lines = List.of(new OrderLineData(sku, "Plate", 1, BigDecimal.TEN));

        assertRefused(
                new OrderData(number(), customer, Instant.now(), OrderStatus.PAID, "EUR", List.of()),
                "commerce.error.no-lines");
        assertRefused(
                new OrderData(number(), customer, Instant.now(), OrderStatus.PAID, "EURO", lines),
                "commerce.error.currency-invalid");
        assertRefused(
                new OrderData(number(), Long.MAX_VALUE, Instant.now(), OrderStatus.PAID, "EUR", lines),
                "commerce.error.unknown-customer");
        assertThat(commerce.countOrders(customer)).isZero();
    }

    @Test
    void upsertingAProductBySkuUpdatesIt() {
        String sku = "SKU-" + System.nanoTime();
        long id = commerce.upsertProduct(new ProductData(sku, "Old", "Kitchen", BigDecimal.ONE, "EUR", null));

        assertThat(commerce.upsertProduct(new ProductData(sku, "New", "Kitchen", BigDecimal.TEN, "EUR", "Better")))
                .isEqualTo(id);
    }

    private void order(long customer, String at, OrderStatus status, String sku, int quantity, String price) {
        order(customer, at, status, sku, quantity, price, number());
    }

    private void order(
            long customer, String at, OrderStatus status, String sku, int quantity, String price, String number) {
        commerce.recordOrder(new OrderData(
                number,
                customer,
                Instant.parse(at),
                status,
                "EUR",
                List.of(new OrderLineData(sku, null, quantity, new BigDecimal(price)))));
    }

    private String product(String name) {
        String sku = name + "-" + System.nanoTime();
        commerce.upsertProduct(new ProductData(sku, name, "Home", new BigDecimal("9.99"), "EUR", null));
        return sku;
    }

    private static String number() {
        return "T" + System.nanoTime();
    }

    private void assertRefused(OrderData order, String key) {
        assertThatThrownBy(() -> commerce.recordOrder(order))
                .isInstanceOfSatisfying(
                        CommerceException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
