package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import com.microsoft.playwright.Page;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SegmentsIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Test
    void aMarketerBuildsANestedSegmentWatchesTheCountAndWorksOutItsMembers() {
        String tag = "it-" + System.nanoTime();
        long germanBuyer = customer(tag, "DE");
        customer(tag, "DE");
        customer(tag, "FR");
        commerce.recordOrder(new OrderData(
                "SEG-" + tag,
                germanBuyer,
                Instant.parse("2025-09-01T12:00:00Z"),
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("GIFT", "Gift card", 1, new BigDecimal("30.00")))));
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("segments/edit"));
        SegmentEditorPage editor = SegmentEditorPage.at(page).condition(0, "Tag", "has / is", tag);
        assertThat(editor.count()).isEqualTo("3 customers match now");

        // ALL of: the tag, and NOT (all of: in France)
        editor.addGroup(0).negate(1).condition(1, "Country", "is", "FR");
        assertThat(editor.count()).isEqualTo("2 customers match now");
        // ... NOT (all of / any of: in France, at least one order)
        editor.addCondition(1);
        assertThat(editor.count()).as("a new condition needs a value first").contains("problem");
        assertThat(editor.problems()).contains("Enter a value.");
        editor.condition(2, "Number of orders", "at least", "1");
        assertThat(editor.count()).as("NOT (all of: in France, ordered)").isEqualTo("3 customers match now");
        editor.match(1, "Any of");
        assertThat(editor.count()).as("NOT (any of: in France, ordered)").isEqualTo("1 customers match now");

        editor.name("No orders yet, not French " + tag).saveAndRebuild();

        assertThat(editor.status()).startsWith("1 members");
        assertThat(page.locator("#segment-size-chart canvas").count())
                .as("the size-over-time chart is drawn")
                .isOne();
        assertThat(page.locator("#segment-size-chart").evaluate("chart => chart.values"))
                .as("one measurement so far: 1 member")
                .isEqualTo(List.of(1));
        assertThat(editor.members()).contains(tag + "-de-").doesNotContain(tag + "-fr-");
        assertThat(page.url()).matches(".*/segments/edit/\\d+$");
    }

    @Test
    void aMarketerFillsAListByHandAndFromAFileAndTakesAMemberOut() throws Exception {
        String tag = "list-" + System.nanoTime();
        long ada = customer(tag, "DE");
        long bo = customer(tag, "AT");
        String adaEmail = customers.find(ada).orElseThrow().email();
        Path file = Files.createTempFile("segment-list", ".csv");
        Files.writeString(file, "customer\n" + bo + "\n987654321\n");
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("segments"));
        page.locator("#segments-new-list").click();
        page.locator("#segments-list-name input").fill("Hand-picked " + tag);
        page.locator("#segments-list-save").click();
        page.waitForURL("**/segments/edit/*");
        VaadinPage.awaitReady(page);
        page.locator("#segment-list-customer input").fill(adaEmail);
        page.locator("#segment-list-add").click();
        page.locator("#segment-list-result", new Page.LocatorOptions().setHasText("Added"))
                .waitFor();
        page.locator("#segment-list-upload input[type=file]").setInputFiles(file);
        page.locator("#segment-list-result", new Page.LocatorOptions().setHasText("rows read"))
                .waitFor();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#segment-list-result").innerText())
                .contains("2 rows read: 1 added, 0 already members, 1 not found.")
                .contains("line 3: \"987654321\"");
        assertThat(page.locator("#segment-status").innerText()).startsWith("2 members");
        page.locator("#segment-members vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(tag + "-at-"))
                .waitFor();
        assertThat(String.join(
                        " | ",
                        page.locator("#segment-members vaadin-grid-cell-content")
                                .allInnerTexts()))
                .contains(tag + "-de-")
                .contains(tag + "-at-");

        page.locator(".segment-member-remove").first().click();
        page.locator("#segment-status", new Page.LocatorOptions().setHasText("1 members"))
                .waitFor();
        Files.deleteIfExists(file);
    }

    private long customer(String tag, String country) {
        long id = customers.create(
                new CustomerDetails(
                        tag + "-" + country.toLowerCase() + "-" + System.nanoTime() + "@example.com",
                        "Seg",
                        "Ment",
                        null,
                        country,
                        "Town",
                        null,
                        null,
                        null),
                Instant.parse("2025-01-01T00:00:00Z"),
                "test");
        customers.tag(id, tag, "test");
        return id;
    }
}
