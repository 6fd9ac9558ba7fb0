package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import java.time.Duration;
import java.time.Instant;
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
        Buyers buyers = new Buyers(customers, commerce);
        long best = buyers.customer(family.toLowerCase() + "@example.com", "Bea", family);
        for (int i = 0; i < 80; i++) {
            // later, more often and bigger than any other test's orders: the R5 F5 cell, top of its spenders
            buyers.order(
                    family + "-" + i,
                    best,
                    Instant.parse("2098-01-01T00:00:00Z").plus(Duration.ofDays(i)),
                    "90000.00");
        }
        for (int i = 0; i < 4; i++) {
            // a few ordinary customers, so that the best one stands out even when this test runs first
            long ordinary = buyers.customer(family.toLowerCase() + "-" + i + "@example.com", "Oda", family);
            buyers.order(family + "-o" + i, ordinary, Instant.parse("2025-01-01T00:00:00Z"), "10.00");
        }
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("segments"));
        page.locator("#segments-rfm").click();
        // the map, or its empty state when nobody was scored yet
        page.locator("#rfm-score").waitFor();
        VaadinPage.awaitReady(page);
        page.locator("#rfm-score").click();
        page.locator("#rfm-score", new com.microsoft.playwright.Page.LocatorOptions().setHasText("customers scored"))
                .waitFor();
        VaadinPage.awaitReady(page);
        page.locator("#rfm-map").waitFor();

        assertThat(page.locator("#rfm-empty").isVisible()).isFalse();
        assertThat(page.locator("#rfm-cell-5-5").innerText()).contains("Champions");
        page.locator("#rfm-cell-5-5").click();
        page.locator("#rfm-customers a").first().waitFor();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#rfm-customers a").first().innerText()).contains("Bea " + family);
    }
}
