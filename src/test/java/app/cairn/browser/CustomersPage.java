package app.cairn.browser;

import com.microsoft.playwright.Page;

/** The customer list. */
final class CustomersPage extends ShellPage {

    private CustomersPage(Page page) {
        super(page);
    }

    static CustomersPage at(Page page) {
        page.locator("#customers-grid").waitFor();
        VaadinPage.awaitReady(page);
        return new CustomersPage(page);
    }

    CustomersPage search(String text) {
        page.locator("#customers-search input").fill(text);
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Opens the customer whose row shows this text. */
    CustomerPage open(String text) {
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        return CustomerPage.at(page);
    }
}
