package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.regex.Pattern;

/** The duplicate review page and its merge dialog. */
final class DuplicatesPage extends ShellPage {

    private DuplicatesPage(Page page) {
        super(page);
    }

    static DuplicatesPage at(Page page) {
        page.locator("#duplicates-grid").waitFor();
        VaadinPage.awaitReady(page);
        return new DuplicatesPage(page);
    }

    /** Starts a scan and waits until the page reports it finished. */
    DuplicatesPage scan() {
        page.locator("#duplicates-scan").click();
        page.waitForCondition(
                () -> page.locator("#duplicates-scan").isEnabled()
                        && Pattern.compile("pairs found|failed")
                                .matcher(status())
                                .find(),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        VaadinPage.awaitReady(page);
        return this;
    }

    String status() {
        return page.locator("#duplicates-status").innerText();
    }

    /** Opens the merge dialog of the pair whose row shows this text. */
    DuplicatesPage review(String text) {
        page.locator("#duplicates-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text))
                .first()
                .click();
        page.locator("#merge-confirm").waitFor();
        VaadinPage.awaitReady(page);
        return this;
    }

    String dialogText() {
        return page.locator("#merge-dialog").innerText();
    }

    /** Picks the value a field of the kept record takes, by the value's text. */
    DuplicatesPage take(String field, String value) {
        page.locator("#merge-field-" + field + " vaadin-radio-button", new Page.LocatorOptions().setHasText(value))
                .click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Merges and opens the kept customer from the confirmation. */
    CustomerPage mergeAndOpen() {
        page.locator("#merge-confirm").click();
        page.locator("#merge-dialog").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        page.locator("#merge-open-customer").click();
        return CustomerPage.at(page);
    }
}
