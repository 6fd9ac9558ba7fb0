package app.cairn.browser;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CSV import page. */
final class ImportPage extends ShellPage {

    private ImportPage(Page page) {
        super(page);
    }

    static ImportPage at(Page page) {
        page.locator("#import-upload").waitFor();
        VaadinPage.awaitReady(page);
        return new ImportPage(page);
    }

    ImportPage upload(Path file) {
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        page.locator("#import-mapping").waitFor();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Picks an option of a select (mapping or setting) by its visible text. */
    ImportPage choose(String selectId, String option) {
        VaadinPage.choose(page, page.locator("#" + selectId), option);
        return this;
    }

    ImportPage startImport() {
        page.locator("#import-start").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** The text of the error notification shown after an action. */
    String notification() {
        var card = page.locator("vaadin-notification-card").last();
        card.waitFor();
        return card.innerText();
    }

    void dismissNotifications() {
        page.evaluate("() => document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false)");
    }

    /** Waits for the run to end and returns its status text. */
    String awaitOutcome() {
        page.waitForFunction("""
                () => { const s = document.querySelector('#import-status');
                        return s && s.textContent && !/Running/.test(s.textContent); }""");
        VaadinPage.awaitReady(page);
        return page.locator("#import-status").innerText();
    }

    String summary() {
        return page.locator("#import-summary").innerText();
    }

    String problems() {
        page.locator("#import-problems vaadin-grid-cell-content")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return page.locator("#import-problems").innerText();
    }

    String downloadReport() throws IOException {
        Download download =
                page.waitForDownload(() -> page.locator("#import-report").click());
        return Files.readString(download.path(), StandardCharsets.UTF_8);
    }
}
