package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The segment editor: the rule builder, its live count and saving. Groups and conditions count in page order. */
final class SegmentEditorPage extends ShellPage {

    private SegmentEditorPage(Page page) {
        super(page);
    }

    static SegmentEditorPage at(Page page) {
        page.locator("#segment-rule").waitFor();
        VaadinPage.awaitReady(page);
        return new SegmentEditorPage(page);
    }

    SegmentEditorPage name(String name) {
        page.locator("#segment-name input").fill(name);
        page.locator("#segment-name input").press("Tab");
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Sets what a condition tests, how, and its value (empty for none). */
    SegmentEditorPage condition(int index, String field, String operator, String value) {
        Locator condition = page.locator(".segment-condition").nth(index);
        choose(condition.locator(".segment-field"), field);
        choose(condition.locator(".segment-operator"), operator);
        if (!value.isEmpty()) {
            Locator input = condition.locator(".segment-value input");
            input.fill(value);
            input.press("Tab");
            VaadinPage.awaitReady(page);
        }
        return this;
    }

    SegmentEditorPage addCondition(int group) {
        page.locator(".segment-group")
                .nth(group)
                .locator(".segment-add-condition")
                .first()
                .click();
        VaadinPage.awaitReady(page);
        return this;
    }

    SegmentEditorPage addGroup(int group) {
        page.locator(".segment-group")
                .nth(group)
                .locator(".segment-add-group")
                .first()
                .click();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Whether all or any of a group's rules must hold. */
    SegmentEditorPage match(int group, String option) {
        choose(
                page.locator(".segment-group")
                        .nth(group)
                        .locator(".segment-match")
                        .first(),
                option);
        return this;
    }

    /** Turns a group into its opposite. */
    SegmentEditorPage negate(int group) {
        page.locator(".segment-group")
                .nth(group)
                .locator(".segment-not")
                .first()
                .click();
        VaadinPage.awaitReady(page);
        return this;
    }

    String count() {
        return page.locator("#segment-count").innerText();
    }

    String problems() {
        return String.join(" | ", page.locator(".segment-problem").allInnerTexts());
    }

    SegmentEditorPage saveAndRebuild() {
        page.locator("#segment-rebuild").click();
        // the members are worked out in the background; the page follows the steps and then shows the result
        page.locator("#segment-progress-text", new Page.LocatorOptions().setHasText("entered"))
                .waitFor();
        page.locator("#segment-status", new Page.LocatorOptions().setHasText("members, worked out"))
                .waitFor();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** The text of the members grid's cells. */
    String members() {
        page.locator("#segment-members vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("@"))
                .first()
                .waitFor();
        return String.join(
                " | ", page.locator("#segment-members vaadin-grid-cell-content").allInnerTexts());
    }

    String status() {
        return page.locator("#segment-status").innerText();
    }

    private void choose(Locator select, String option) {
        if (!option.equals(select.innerText().strip())) {
            VaadinPage.choose(page, select, option);
        }
    }
}
