package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.customer.CustomerManagement;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClustersIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Test
    void aMarketerWorksOutClustersReadsThemInWordsAndSavesOneAsASegment() {
        String family = "Clu" + System.nanoTime();
        Buyers buyers = new Buyers(customers, commerce);
        for (int i = 0; i < 30; i++) {
            // two kinds of buyer, enough for clusters even when this test runs first
            boolean loyal = i % 2 == 0;
            long customer = buyers.customer(family.toLowerCase() + "-" + i + "@example.com", "Cleo", family);
            for (int order = 0; order < (loyal ? 10 : 1); order++) {
                buyers.order(
                        family + "-" + i + "-" + order,
                        customer,
                        Instant.parse(loyal ? "2026-01-01T00:00:00Z" : "2021-01-01T00:00:00Z")
                                .plus(Duration.ofDays(order * 20L)),
                        loyal ? "400.00" : "12.00");
            }
        }
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        page.navigate(url("segments"));
        page.locator("#segments-clusters").click();
        page.locator("#clusters-find").waitFor();
        VaadinPage.awaitReady(page);
        page.locator("#clusters-find").click();
        page.locator("#clusters-summary", new Page.LocatorOptions().setHasText("silhouette"))
                .waitFor();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#clusters-candidates").innerText()).contains("k 2:");
        Locator firstRow = page.locator("#clusters-grid vaadin-grid-cell-content");
        assertThat(String.join(" | ", firstRow.allInnerTexts()))
                .as("each cluster in plain words")
                .containsPattern("(recent|lapsed|frequent|infrequent|high spend|low spend|average)");

        page.locator(".clusters-save").first().click();
        page.locator("#clusters-segment-name").locator("input").fill("Best cluster " + family);
        page.locator("#clusters-save-confirm").click();
        page.waitForURL("**/segments/edit/*");
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#segment-status").innerText())
                .as("the cluster's customers are the new segment's members")
                .matches("[1-9][\\d,]* members, worked out .*");
        assertThat(page.locator("#segment-name input").inputValue()).isEqualTo("Best cluster " + family);
    }
}
