package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.EventType;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.ProductData;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    String lastName;
    long customerId;

    @BeforeEach
    void customerWithOrdersAndEvents() {
        lastName = "Browser" + System.nanoTime();
        customerId = customers.create(
                new CustomerDetails(
                        lastName.toLowerCase() + "@example.com",
                        "Lena",
                        lastName,
                        null,
                        "DE",
                        "Köln",
                        "Europe/Berlin",
                        "de",
                        null),
                Instant.parse("2025-01-05T09:00:00Z"),
                "test");
        String sku = "VASE-" + System.nanoTime();
        commerce.upsertProduct(new ProductData(sku, "Glass vase", "Home", new BigDecimal("30.00"), "EUR", null));
        commerce.recordOrder(new OrderData(
                "B" + System.nanoTime(),
                customerId,
                Instant.parse("2025-02-01T10:00:00Z"),
                OrderStatus.DELIVERED,
                "EUR",
                List.of(new OrderLineData(sku, "Glass vase", 2, new BigDecimal("30.00")))));
        commerce.recordEvent(customerId, EventType.ADDED_TO_CART, sku, Instant.parse("2025-02-01T09:55:00Z"), null);
    }

    @Test
    void aMarketerFindsACustomerAndSeesOrdersFiguresAndTimeline() {
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers"));

        CustomerPage customer = CustomersPage.at(page).search(lastName).open(lastName);

        assertThat(customer.heading()).isEqualTo("Lena " + lastName);
        assertThat(customer.figure("orders.figure.orders")).isEqualTo("1");
        assertThat(customer.figure("orders.figure.total-spend")).isEqualTo("60.00");
        assertThat(customer.ordersText()).contains("2 × Glass vase").contains("Delivered");
        assertThat(customer.timelineText()).contains("Added to cart").contains("Glass vase");
    }

    @Test
    void anAgentCorrectsAPhoneNumberAndRecordsConsentAndBothAreKept() {
        openLogin().signIn(StaffFixtures.agent(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers/" + customerId));
        CustomerPage customer = CustomerPage.at(page);

        customer.changePhone("0221 1234567");
        assertThat(customer.phone()).isEqualTo("+492211234567");
        customer.toggleConsent("email");

        assertThat(customer.consentState("email")).contains("granted");
        assertThat(customers.changes(customerId)).anySatisfy(change -> {
            assertThat(change.field()).isEqualTo("phone");
            assertThat(change.newValue()).isEqualTo("+492211234567");
        });
        assertThat(customers.consentHistory(customerId))
                .singleElement()
                .satisfies(consent -> assertThat(consent.granted()).isTrue());
    }

    @Test
    void anUnreadablePhoneNumberIsRefusedWithWhatToDo() {
        openLogin().signIn(StaffFixtures.agent(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers/" + customerId));

        CustomerPage customer = CustomerPage.at(page).changePhone("12");

        assertThat(customer.notification()).contains("'12' is not a phone number");
        assertThat(customers.find(customerId).orElseThrow().phone()).isNull();
    }
}
