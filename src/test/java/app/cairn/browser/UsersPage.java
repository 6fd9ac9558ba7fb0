package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Collection;

/** The admin's list of staff accounts and its form. */
final class UsersPage extends ShellPage {

    private UsersPage(Page page) {
        super(page);
    }

    static UsersPage at(Page page) {
        page.locator("#users-grid").waitFor();
        VaadinPage.awaitReady(page);
        return new UsersPage(page);
    }

    UsersPage startNewUser() {
        page.locator("#users-new").click();
        page.locator("#staff-form").waitFor();
        return this;
    }

    UsersPage fill(String username, String name, String email, String password, Collection<String> roles) {
        input("#staff-username").fill(username);
        input("#staff-display-name").fill(name);
        input("#staff-email").fill(email);
        input("#staff-password").fill(password);
        for (String role : roles) {
            page.locator("#staff-roles vaadin-checkbox", new Page.LocatorOptions().setHasText(role))
                    .click();
        }
        return this;
    }

    UsersPage save() {
        page.locator("#staff-save").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Filters the grid and opens the one account found. */
    UsersPage edit(String username) {
        input("#users-filter").fill(username);
        VaadinPage.awaitReady(page);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username))
                .first()
                .click();
        page.locator("#staff-form").waitFor();
        return this;
    }

    /** Ticks or unticks a role in the open form, by its label. */
    UsersPage toggleRole(String role) {
        page.locator("#staff-roles vaadin-checkbox", new Page.LocatorOptions().setHasText(role))
                .click();
        return this;
    }

    UsersPage setEnabled(boolean enabled) {
        Locator checkbox = page.locator("#staff-enabled input");
        if (checkbox.isChecked() != enabled) {
            checkbox.click();
        }
        return this;
    }

    /** The text of the most recent notification. */
    String notification() {
        return page.locator("vaadin-notification-card").last().innerText();
    }

    /** The error message shown under a form field, by its id. */
    String fieldError(String fieldId) {
        return page.locator(fieldId + " [slot='error-message']").innerText();
    }

    private Locator input(String fieldId) {
        return page.locator(fieldId + " input");
    }
}
