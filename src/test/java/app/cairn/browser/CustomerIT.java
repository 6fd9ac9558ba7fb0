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
import app.cairn.journey.JourneyEdge;
import app.cairn.journey.JourneyGraph;
import app.cairn.journey.JourneyManagement;
import app.cairn.journey.JourneyNode;
import app.cairn.journey.JourneyStatistics;
import app.cairn.journey.NodeType;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    JourneyManagement journeys;

    @Autowired
    JourneyStatistics statistics;

    @Autowired
    Scheduler scheduler;

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
    void aMarketerFindsACustomerAndThePageOpensOnASummaryWithTheTimelineInSentences() {
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers"));

        CustomerPage customer = CustomersPage.at(page).search(lastName).open(lastName);

        assertThat(customer.heading()).isEqualTo("Lena " + lastName);
        assertThat(customer.subtitle())
                .contains(lastName.toLowerCase() + "@example.com")
                .contains("Köln, DE");
        assertThat(customer.formShown())
                .as("the profile form waits behind Edit")
                .isFalse();
        assertThat(customer.figure("orders.figure.orders")).isEqualTo("1");
        assertThat(customer.figure("orders.figure.total-spend")).isEqualTo("€60.00");
        assertThat(customer.summaryText())
                .contains("RFM cell")
                .contains("Not scored")
                .contains("In no segment")
                .contains("Not in any journey yet")
                .contains("No e-mails sent yet");
        assertThat(customer.ordersText()).contains("2 × Glass vase").contains("Delivered");
        assertThat(customer.timelineText())
                .contains("Added Glass vase to the cart")
                .containsPattern("Placed order B\\d+, €60\\.00")
                .doesNotContain("{");
    }

    @Test
    void aMarketerDeletesACustomerAfterBeingToldWhatGoesWithThem() {
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers/" + customerId));
        CustomerPage customer = CustomerPage.at(page);

        assertThat(customer.deleteConfirmation()).contains("1 order").contains("1 event");
        customer.confirmDelete();

        page.locator("#customers-grid").waitFor();
        assertThat(customers.find(customerId)).isEmpty();
        assertThat(commerce.countOrders(customerId)).isZero();
    }

    @Test
    void aMarketerSeesTheJourneysTheCustomerIsInWithTheStepsTaken() throws Exception {
        String name = "Browser journey " + System.nanoTime();
        var journey = journeys.create(
                name,
                new JourneyGraph(
                        List.of(
                                new JourneyNode("entry", NodeType.ENTRY_MANUAL, Map.of(), 0, 0),
                                new JourneyNode("pause", NodeType.WAIT_DURATION, Map.of("duration", "P1D"), 200, 0),
                                new JourneyNode("done", NodeType.EXIT, Map.of(), 400, 0)),
                        List.of(new JourneyEdge("entry", "next", "pause"), new JourneyEdge("pause", "next", "done"))),
                "tester");
        journeys.publish(journey.id(), "tester");
        journeys.enrol(journey.id(), List.of(customerId));
        scheduler.triggerJob(JobKey.jobKey("journey-engine-a", "journey"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> statistics.ofCustomer(customerId).getFirst().node().equals("pause"));
        try {
            openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
            page.navigate(url("customers"));

            CustomerPage customer = CustomersPage.at(page).search(lastName).open(lastName);

            assertThat(customer.journeysText())
                    .contains(name)
                    .contains("pause · Wait")
                    .contains("In the journey");
            assertThat(customer.journeyStepsText(name)).contains("entry · Enrolled by hand or API → next");
        } finally {
            journeys.stop(journey.id());
        }
    }

    @Test
    void anAgentSeesTheCustomerButCannotChangeThem() {
        openLogin().signIn(StaffFixtures.agent(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers/" + customerId));
        CustomerPage.at(page);

        assertThat(page.locator("#customer-summary").innerText()).isNotBlank();
        assertThat(page.locator("#customer-edit").isVisible()).isFalse();
        assertThat(page.locator("#customer-delete").count()).isZero();
        assertThat(page.locator("#customer-new-tag").count()).isZero();
        assertThat(page.locator("#consent-toggle-email").isVisible()).isFalse();
    }

    @Test
    void aMarketerCorrectsAPhoneNumberAndRecordsConsentAndBothAreKept() {
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
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
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("customers/" + customerId));

        CustomerPage customer = CustomerPage.at(page).changePhone("12");

        assertThat(customer.notification()).contains("'12' is not a phone number");
        assertThat(customers.find(customerId).orElseThrow().phone()).isNull();
    }
}
