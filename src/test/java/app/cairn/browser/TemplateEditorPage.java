package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The e-mail template editor, driven as a marketer would. */
final class TemplateEditorPage {

    private final Page page;

    private TemplateEditorPage(Page page) {
        this.page = page;
    }

    static TemplateEditorPage open(Page page, String url) {
        page.navigate(url);
        VaadinPage.awaitReady(page);
        return new TemplateEditorPage(page);
    }

    TemplateEditorPage write(String name, String subject, String body) {
        fill("#template-name input", name);
        fill("#template-subject input", subject);
        fill("#template-body textarea", body);
        return this;
    }

    TemplateEditorPage save() {
        page.locator("#template-save").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Saves a new template and waits for the editor to move to its address. */
    TemplateEditorPage saveNew() {
        save();
        page.waitForURL(url -> url.matches(".*/templates/edit/\\d+$"));
        VaadinPage.awaitReady(page);
        return this;
    }

    String error() {
        return page.locator("#template-error").innerText();
    }

    /** Picks the customer by the start of the e-mail address and shows the preview; answers the HTML shown. */
    String previewFor(String email) {
        Locator input = page.locator("#preview-customer input");
        input.fill(email);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(email))
                .first()
                .click();
        VaadinPage.awaitReady(page);
        page.locator("#template-preview").click();
        VaadinPage.awaitReady(page);
        return (String) page.locator("#preview-html").evaluate("frame => frame.srcdoc");
    }

    String previewSubject() {
        return page.locator("#preview-subject").innerText();
    }

    TemplateEditorPage sendTestTo(String address) {
        fill("#test-address input", address);
        page.locator("#template-send-test").click();
        VaadinPage.awaitReady(page);
        return this;
    }

    private void fill(String selector, String value) {
        Locator field = page.locator(selector);
        field.fill(value);
        field.press("Tab");
    }
}
