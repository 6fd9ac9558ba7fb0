package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RfmIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Test
    void aMarketerWorksOutRfmScoresAndOpensTheChampionsCell() {
        String family = "Rfm" + System.nanoTime();
        long best = customers.create(
                new CustomerDetails(
                        family.toLowerCase() + "@example.com", "Bea", family, null, "DE", "Bonn", null, null, null),
                Instant.parse("2020-01-01T00:00:00Z"),
                "test");
        for (int i = 0; i < 80; i++) {
            // later, more often and bigger than any other test's orders: the R5 F5 cell, top of its spenders
            commerce.recordOrder(new OrderData(
                    family + "-" + i,
                    best,
                    Instant.parse("2098-01-01T00:00:00Z").plus(Duration.ofDays(i)),
                    OrderStatus.PAID,
                    "EUR",
                    List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal("90000.00")))));
        }
        for (int i = 0; i < 4; i++) {
            // a few ordinary customers, so that the best one stands out even when this test runs first
            long ordinary = customers.create(
                    new CustomerDetails(
                            family.toLowerCase() + "-" + i + "@example.com",
                            "Oda",
                            family,
                            null,
                            "DE",
                            "Bonn",
                            null,
                            null,
                            null),
                    Instant.parse("2020-01-01T00:00:00Z"),
                    "test");
            commerce.recordOrder(new OrderData(
                    family + "-o" + i,
                    ordinary,
                    Instant.parse("2025-01-01T00:00:00Z"),
                    OrderStatus.PAID,
                    "EUR",
                    List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal("10.00")))));
        }
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("segments"));
        page.locator("#segments-rfm").click();
        page.locator("#rfm-map").waitFor();
        VaadinPage.awaitReady(page);
        page.locator("#rfm-score").click();
        page.locator("#rfm-score", new com.microsoft.playwright.Page.LocatorOptions().setHasText("customers scored"))
                .waitFor();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#rfm-cell-5-5").innerText()).contains("Champions");
        page.locator("#rfm-cell-5-5").click();
        page.locator("#rfm-customers a").first().waitFor();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#rfm-customers a").first().innerText()).contains("Bea " + family);
    }
}
