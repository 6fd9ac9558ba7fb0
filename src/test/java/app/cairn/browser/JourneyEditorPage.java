package app.cairn.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A journey's page: the canvas with its palette, the side panel and the buttons above. */
class JourneyEditorPage {

    final Page page;

    JourneyEditorPage(Page page) {
        this.page = page;
    }

    /** Waits for the canvas to be drawn. */
    static JourneyEditorPage at(Page page) {
        VaadinPage.awaitReady(page);
        page.locator("cairn-journey-canvas .react-flow").waitFor();
        return new JourneyEditorPage(page);
    }

    /** Drags a step type from the palette onto the canvas, {@code x}, {@code y} pixels into it. */
    JourneyEditorPage drop(String type, double x, double y) {
        page.locator("cairn-journey-canvas [data-step-type=" + type + "]")
                .dragTo(
                        page.locator("cairn-journey-canvas .react-flow__pane"),
                        new Locator.DragToOptions().setTargetPosition(x, y));
        VaadinPage.awaitReady(page);
        return this;
    }

    Locator step(String id) {
        return page.locator("cairn-journey-canvas .react-flow__node[data-id=\"" + id + "\"]");
    }

    /** Picks a step to set it up in the side panel. */
    JourneyEditorPage pick(String id) {
        step(id).locator(".cairn-step-title").click();
        page.locator("#journey-step-panel[data-step=\"" + id + "\"]").waitFor();
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Draws a connection from a step's output to another step, by dragging between their handles. */
    JourneyEditorPage connect(String from, String output, String to) {
        step(from)
                .locator(".react-flow__handle.source[data-handleid=\"" + output + "\"]")
                .dragTo(step(to).locator(".react-flow__handle.target"));
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Picks an option of a setting shown as a select. */
    JourneyEditorPage choose(String setting, String option) {
        VaadinPage.choose(page, page.locator("#journey-setting-" + setting), option);
        return this;
    }

    /** Types into a setting shown as a text field and leaves it. */
    JourneyEditorPage type(String setting, String text) {
        Locator input = page.locator("#journey-setting-" + setting + " input");
        input.fill(text);
        input.press("Tab");
        VaadinPage.awaitReady(page);
        return this;
    }

    /** Sets a wait's length. */
    JourneyEditorPage wait(String setting, int amount, String unit) {
        type(setting + "-amount", String.valueOf(amount));
        VaadinPage.choose(page, page.locator("#journey-setting-" + setting + "-unit"), unit);
        return this;
    }

    /** Clicks on the empty canvas, so no step is picked and the journey's settings show. */
    JourneyEditorPage pickNothing() {
        page.locator("cairn-journey-canvas .react-flow__pane").click(new Locator.ClickOptions().setPosition(5, 5));
        page.locator("#journey-settings-panel").waitFor();
        VaadinPage.awaitReady(page);
        return this;
    }

    JourneyEditorPage click(String buttonId) {
        page.locator("#" + buttonId).click();
        VaadinPage.awaitReady(page);
        return this;
    }

    String status() {
        return page.locator("#journey-status").innerText();
    }

    String problemCount() {
        return page.locator("#journey-problem-count").innerText();
    }

    String stepText(String id) {
        return step(id).innerText();
    }

    int steps() {
        return page.locator("cairn-journey-canvas .react-flow__node").count();
    }

    int connections() {
        return page.locator("cairn-journey-canvas .react-flow__edge").count();
    }

    /** The steps' boxes on screen: x, y, width, height of each, by step id. */
    java.util.Map<String, double[]> boxes() {
        java.util.Map<String, double[]> boxes = new java.util.LinkedHashMap<>();
        for (Locator node :
                page.locator("cairn-journey-canvas .react-flow__node").all()) {
            var box = node.boundingBox();
            boxes.put(node.getAttribute("data-id"), new double[] {box.x, box.y, box.width, box.height});
        }
        return boxes;
    }

    /** The canvas's zoom, from the transform React Flow puts on its viewport. */
    double zoom() {
        String transform =
                page.locator("cairn-journey-canvas .react-flow__viewport").getAttribute("style");
        java.util.regex.Matcher scale =
                java.util.regex.Pattern.compile("scale\\(([0-9.]+)\\)").matcher(transform);
        return scale.find() ? Double.parseDouble(scale.group(1)) : 1;
    }
}
