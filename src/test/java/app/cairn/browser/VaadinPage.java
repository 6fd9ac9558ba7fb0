package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Waits for Vaadin: the client bootstrapped and no server round-trip in flight. */
final class VaadinPage {

    private VaadinPage() {}

    static void awaitReady(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }

    /** Picks an option of a {@code vaadin-select} by its visible text and waits until its list has closed. */
    static void choose(Page page, Locator select, String option) {
        select.click();
        page.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText(option))
                .first()
                .click();
        // the list closes with an animation: wait until it is gone, or the next choice could hit its items
        page.locator("vaadin-select-item[role=option]:visible")
                .first()
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        awaitReady(page);
    }
}
