package app.cairn.browser;

import com.microsoft.playwright.Page;

/** Waits for Vaadin: the client bootstrapped and no server round-trip in flight. */
final class VaadinPage {

    private VaadinPage() {}

    static void awaitReady(Page page) {
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                  && Object.keys(window.Vaadin.Flow.clients).length > 0
                  && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())""");
    }
}
