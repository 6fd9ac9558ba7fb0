package app.cairn.browser;

import com.microsoft.playwright.Page;

/** The sign-in page. */
final class LoginPage {

    private final Page page;

    private LoginPage(Page page) {
        this.page = page;
    }

    static LoginPage open(Page page, String url) {
        page.navigate(url);
        return at(page);
    }

    static LoginPage at(Page page) {
        page.waitForURL("**/login**");
        VaadinPage.awaitReady(page);
        return new LoginPage(page);
    }

    /** Submits the form; returns the shell when it leads into the app. */
    ShellPage signIn(String username, String password) {
        submit(username, password);
        page.waitForURL(url -> !url.contains("/login"));
        return ShellPage.at(page);
    }

    /** Submits credentials that are expected to be refused; stays here. */
    LoginPage signInRefused(String username, String password) {
        submit(username, password);
        page.waitForURL("**/login?error**");
        VaadinPage.awaitReady(page);
        return this;
    }

    private void submit(String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
    }

    /** The error the form shows, title and text. */
    String error() {
        return page.locator("vaadin-login-form-wrapper [part='error-message-title']")
                        .innerText() + ": "
                + page.locator("vaadin-login-form-wrapper [part='error-message-description']")
                        .innerText();
    }
}
