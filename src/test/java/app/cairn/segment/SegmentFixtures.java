package app.cairn.segment;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.testing.Events;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers for segment tests. The shared test database holds other tests' customers too, so every customer made
 * here carries the fixture's own tag, and {@link #only} limits a rule to them.
 */
final class SegmentFixtures {

    private final CustomerManagement customers;
    private final CommerceManagement commerce;
    private final JdbcClient jdbc;
    final String tag = "seg-" + UUID.randomUUID().toString().substring(0, 8);

    SegmentFixtures(CustomerManagement customers, CommerceManagement commerce, JdbcClient jdbc) {
        this.customers = customers;
        this.commerce = commerce;
        this.jdbc = jdbc;
    }

    /** A customer of this fixture in the given country, signed up at the given time. */
    long customer(String firstName, String country, Instant signup) {
        String email = CustomerFixtures.uniqueEmail(firstName.toLowerCase(java.util.Locale.ROOT));
        long id = customers.create(
                new CustomerDetails(email, firstName, "Test", null, country, "Town", null, null, null), signup, "test");
        customers.tag(id, tag, "test");
        Events.awaitHandled(jdbc);
        return id;
    }

    void order(long customer, Instant at, String amount, OrderStatus status) {
        commerce.recordOrder(new OrderData(
                "S-" + UUID.randomUUID(),
                customer,
                at,
                status,
                "EUR",
                List.of(new OrderLineData("SEG-SKU", "Segment test item", 1, new BigDecimal(amount)))));
        Events.awaitHandled(jdbc);
    }

    void event(long customer, EventType type, Instant at) {
        commerce.recordEvent(customer, type, null, at, null);
        Events.awaitHandled(jdbc);
    }

    /** The rule, for this fixture's customers only. */
    SegmentRule only(SegmentRule rule) {
        return RuleGroup.all(RuleCondition.of(RuleField.TAG, RuleOperator.IS, tag), rule);
    }
}
