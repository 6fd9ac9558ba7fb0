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
        return page.locator("[data-fact='" + key + "'] .cairn-fact-value").innerText();
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

    /** Opens the profile form behind "Edit", changes the phone number and saves. */
    CustomerPage changePhone(String phone) {
        page.locator("#customer-edit").click();
        page.locator("#customer-phone input").fill(phone);
        page.locator("#customer-save").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** The phone number as the profile form shows it (opening and closing the form when it is not open). */
    String phone() {
        boolean open = page.locator("#customer-edit-dialog").isVisible();
        if (!open) {
            page.locator("#customer-edit").click();
        }
        String phone = page.locator("#customer-phone input").inputValue();
        if (!open) {
            page.keyboard().press("Escape");
        }
        return phone;
    }

    boolean formShown() {
        return page.locator("#customer-details").isVisible();
    }

    String summaryText() {
        return page.locator("#customer-summary").innerText();
    }

    String subtitle() {
        return page.locator("#customer-subtitle").innerText();
    }

    /** Opens the delete confirmation and answers what it says will go. */
    String deleteConfirmation() {
        page.locator("#customer-delete").click();
        page.locator("#customer-delete-held").waitFor();
        return page.locator("#customer-delete-held").innerText();
    }

    void confirmDelete() {
        page.locator("#customer-delete-confirm").click();
        VaadinPage.awaitReady(page);
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
