package app.cairn.browser;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Customers in Bonn who signed up in 2020, and their paid orders of one gift card, for the browser tests. */
final class Buyers {

    private final CustomerManagement customers;
    private final CommerceManagement commerce;

    Buyers(CustomerManagement customers, CommerceManagement commerce) {
        this.customers = customers;
        this.commerce = commerce;
    }

    long customer(String email, String firstName, String lastName) {
        return customers.create(
                new CustomerDetails(email, firstName, lastName, null, "DE", "Bonn", null, null, null),
                Instant.parse("2020-01-01T00:00:00Z"),
                "test");
    }

    void order(String number, long customer, Instant placedAt, String amount) {
        commerce.recordOrder(new OrderData(
                number,
                customer,
                placedAt,
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal(amount)))));
    }
}
