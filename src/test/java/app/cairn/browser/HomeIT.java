package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.commerce.SalesFigures;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.shared.WeeklyFigure;
import app.cairn.shared.ui.Amounts;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The marketer's home page: headline figures and the modules' panels, with charts drawn from the database. */
class HomeIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    SalesFigures sales;

    @Test
    void aMarketerLandsOnRevenueOrdersNewCustomersJourneysBroadcastsAndSegments() {
        String tag = Long.toString(System.nanoTime());
        long buyer = customers.create(
                new CustomerDetails("home-" + tag + "@example.com", "Hana", "Home", null, "DE", null, null, null, null),
                Instant.now(),
                "test");
        commerce.recordOrder(new OrderData(
                "HOME-" + tag,
                buyer,
                Instant.now(),
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("HOME-SKU", "Lamp", 1, new BigDecimal("41.50")))));
        BigDecimal revenue =
                sales.weekly(12).stream().map(WeeklyFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        ShellPage shell = openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);
        VaadinPage.awaitReady(shell.page);

        assertThat(page.locator("[data-panel]").allInnerTexts())
                .hasSize(5)
                .anySatisfy(t -> assertThat(t).startsWith("Revenue and orders"))
                .anySatisfy(t -> assertThat(t).startsWith("New customers"))
                .anySatisfy(t -> assertThat(t).startsWith("Running journeys"))
                .anySatisfy(t -> assertThat(t).startsWith("Last broadcasts"))
                .anySatisfy(t -> assertThat(t).startsWith("Largest segments"));
        assertThat(page.locator("#dashboard-sales-totals [data-fact='revenue'] .cairn-fact-value")
                        .innerText())
                .isEqualTo(Amounts.format(revenue, "EUR", Locale.ENGLISH));
        assertThat(page.locator("#dashboard-revenue-chart canvas").count()).isEqualTo(1);
        assertThat(page.locator("#dashboard-new-customers-chart canvas").count())
                .isEqualTo(1);
        assertThat(page.locator("[data-figure='figure.database-server']").count())
                .as("the system's figures are on the operations page")
                .isZero();
    }
}
