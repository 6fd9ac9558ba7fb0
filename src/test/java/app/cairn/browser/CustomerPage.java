package app.cairn.browser;

import com.microsoft.playwright.Page;

/** The customer 360 page. */
final class CustomerPage {

    final Page page;

    private CustomerPage(Page page) {
        this.page = page;
    }

    static CustomerPage at(Page page) {
        page.locator("#customer-heading").waitFor();
        VaadinPage.awaitReady(page);
        return new CustomerPage(page);
    }

    String heading() {
        return page.locator("#customer-heading").innerText();
    }

    String figure(String key) {
        return page.locator("[data-figure='" + key + "'] .cairn-figure-value").innerText();
    }

    String ordersText() {
        return page.locator("#customer-orders").innerText();
    }

    String journeysText() {
        return page.locator("#customer-journeys").innerText();
    }

    /** Opens the journey's row and answers the steps listed under it. */
    String journeyStepsText(String journeyName) {
        page.locator("#customer-journeys vaadin-grid-cell-content")
                .getByText(journeyName)
                .click();
        page.locator(".cairn-journey-steps").waitFor();
        return page.locator(".cairn-journey-steps").innerText();
    }

    String timelineText() {
        return page.locator("#customer-timeline").innerText();
    }

    CustomerPage changePhone(String phone) {
        page.locator("#customer-phone input").fill(phone);
        page.locator("#customer-save").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    String phone() {
        return page.locator("#customer-phone input").inputValue();
    }

    CustomerPage toggleConsent(String channel) {
        page.locator("#consent-toggle-" + channel).click();
        VaadinPage.awaitReady(page);
        return this;
    }

    String consentState(String channel) {
        return page.locator("#consent-state-" + channel).innerText();
    }

    String notification() {
        return page.locator("vaadin-notification-card").last().innerText();
    }
}
