package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.CurrencyManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CurrenciesIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    CurrencyManagement currencies;

    @AfterEach
    void removeTheRate() {
        currencies.rates().stream()
                .filter(rate -> rate.currency().equals("NOK"))
                .forEach(rate -> currencies.deleteRate(rate.currency(), rate.validFrom()));
    }

    @Test
    void anAdminEntersARateAndACustomersKroneOrderCountsInTheirSpendInEuros() {
        long customer = CustomerFixtures.berliner(customers, null);
        commerce.recordOrder(new OrderData(
                "NOK-" + System.nanoTime(),
                customer,
                Instant.parse("2026-02-15T10:00:00Z"),
                OrderStatus.PAID,
                "NOK",
                List.of(new OrderLineData("FJORD", "Fjord print", 1, new BigDecimal("100.00")))));
        openLogin().signIn(StaffFixtures.admin(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("customers/" + customer));
        VaadinPage.awaitReady(page);
        assertThat(figure("orders.figure.total-spend")).isEqualTo("€0.00");
        assertThat(page.locator("#customer-unconverted-orders").innerText())
                .contains("1 order is not in the spend")
                .contains("EUR");

        page.navigate(url("admin/currencies"));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#reporting-currency input").inputValue()).startsWith("EUR");
        page.locator("#rate-currency input").fill("NOK");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("NOK"))
                .first()
                .click();
        page.locator("#rate-valid-from input").fill("1/1/2026");
        page.locator("#rate-valid-from input").press("Enter");
        page.locator("#rate-value input").fill("-2");
        page.locator("#rate-add").click();
        assertThat(notification().innerText())
                .contains("must be a positive number")
                .contains("-2");

        page.locator("#rate-value input").fill("0.085");
        page.locator("#rate-add").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#rates-grid").innerText()).contains("1 NOK = 0.085 EUR");
        assertThat(currencies.rates())
                .anySatisfy(rate -> assertThat(rate.validFrom()).isEqualTo(LocalDate.parse("2026-01-01")));

        page.navigate(url("customers/" + customer));
        VaadinPage.awaitReady(page);
        assertThat(figure("orders.figure.total-spend")).isEqualTo("€8.50");
        assertThat(page.locator("#customer-unconverted-orders").isVisible()).isFalse();
        assertThat(page.locator("#customer-orders").innerText()).contains("NOK");
    }

    private String figure(String key) {
        return page.locator("[data-fact='" + key + "'] .cairn-fact-value").innerText();
    }

    private Locator notification() {
        Locator card = page.locator("vaadin-notification-card").last();
        card.waitFor();
        return card;
    }
}
