package app.cairn.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerDuplicates;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.CairnTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class MergedCustomerDataTest {

    @Autowired
    CommerceManagement commerce;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CustomerDuplicates duplicates;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aMergeMovesOrdersAndEventsToTheKeptCustomer() {
        long kept = CustomerFixtures.berliner(customers, null);
        long merged = CustomerFixtures.berliner(customers, null);
        order(kept, "2025-01-10T10:00:00Z", "20.00");
        order(merged, "2024-06-01T10:00:00Z", "30.00");
        order(merged, "2025-02-01T10:00:00Z", "50.00");
        commerce.recordEvent(merged, EventType.ADDED_TO_CART, null, Instant.parse("2025-02-01T09:55:00Z"), null);

        duplicates.merge(kept, merged, Set.of(), "marketer");

        PurchaseFigures figures = commerce.figures(kept);
        assertThat(figures.orders()).isEqualTo(3);
        assertThat(figures.totalSpend()).isEqualByComparingTo("100.00");
        assertThat(figures.firstOrderAt()).isEqualTo(Instant.parse("2024-06-01T10:00:00Z"));
        assertThat(commerce.countOrders(merged)).isZero();
        assertThat(commerce.countEvents(merged)).isZero();
        assertThat(commerce.timeline(kept, 0, 10))
                .extracting(TimelineEvent::type)
                .contains(EventType.ADDED_TO_CART);
        assertThat(jdbc.queryForList("SELECT type FROM customer_last_event WHERE customer_id = ?", String.class, kept))
                .as("the kept customer's latest events include the merged one's")
                .containsExactly("ADDED_TO_CART");
        assertThat(jdbc.queryForList(
                        "SELECT type FROM customer_last_event WHERE customer_id = ?", String.class, merged))
                .isEmpty();
    }

    private void order(long customer, String at, String amount) {
        commerce.recordOrder(new OrderData(
                "M-" + UUID.randomUUID(),
                customer,
                Instant.parse(at),
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal(amount)))));
    }
}
