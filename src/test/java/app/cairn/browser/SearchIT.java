package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.search.SearchFixtures;
import app.cairn.search.SearchIndexes;
import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.NewTicket;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketManagement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding things in the browser: an agent finds a ticket by a phrase from a reply and by a Chinese word, narrows by
 * a facet; the header's box finds customers for everyone and tickets only for those who may see them.
 */
class SearchIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    TicketManagement tickets;

    @Autowired
    CustomerManagement customers;

    @Autowired
    SearchIndexes indexes;

    @Test
    void anAgentFindsATicketByAPhraseFromAReplyAndByAChineseWord() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("finder", StaffRole.AGENT));
        String marker = "brwsr" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        Ticket english = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API, CustomerFixtures.uniqueEmail("phrase"), "Scarf " + marker, "Hello"),
                Actor.system("test"));
        tickets.customerReply(
                english.number(), TicketChannel.EMAIL, "The blue scarf arrived torn at the seam.", null, null);
        Ticket chinese = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API, CustomerFixtures.uniqueEmail("zh"), "围巾 " + marker, "我收到的围巾破了，想申请退款。"),
                Actor.system("test"));
        SearchFixtures.awaitIndexed(indexes);
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);

        page.navigate(url("tickets"));
        VaadinPage.awaitReady(page);
        page.locator("#inbox-search input").fill("\"arrived torn\" " + marker);
        page.locator("#inbox-search input").press("Enter");
        page.waitForURL(u -> u.contains("tickets/search"));
        VaadinPage.awaitReady(page);
        page.locator("#ticket-hit-" + english.number()).waitFor();
        assertThat(page.locator("#ticket-search-total").innerText()).isEqualTo("1 ticket");
        assertThat(page.locator("#ticket-hit-" + english.number() + " mark").allInnerTexts())
                .contains("arrived torn");

        page.locator("#ticket-search-query input").fill("退款 " + marker);
        page.locator("#ticket-search-query input").press("Enter");
        page.locator("#ticket-hit-" + chinese.number()).waitFor();
        assertThat(page.locator(".cairn-ticket-hit").count()).isEqualTo(1);
        assertThat(page.locator("#ticket-hit-" + chinese.number() + " mark").allInnerTexts())
                .contains("退款");

        page.locator("#ticket-search-query input").fill(marker);
        page.locator("#ticket-search-query input").press("Enter");
        page.locator("#ticket-hit-" + english.number()).waitFor();
        assertThat(page.locator(".cairn-ticket-hit").count()).isEqualTo(2);
        page.locator("#facet-status-new").click();
        page.waitForURL(u -> u.contains("status%3Anew") || u.contains("status:new"));
        assertThat(page.locator("#ticket-search-query input").inputValue()).isEqualTo(marker + " status:new");
        page.locator("#ticket-hit-" + chinese.number() + " a").click();
        page.waitForURL(u -> u.endsWith("tickets/" + chinese.number()));
    }

    @Test
    void theHeaderBoxFindsCustomersForAMarketerButTicketsOnlyForAnAgent() {
        String marker = "Hdr" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        long hugo = customers.create(
                new CustomerDetails(
                        marker.toLowerCase() + "@shop.example",
                        "Hugo",
                        marker + "Martin",
                        null,
                        "FR",
                        "Lyon",
                        null,
                        null,
                        null),
                Instant.parse("2024-01-10T08:00:00Z"),
                "test");
        tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, hugo, "Hugo " + marker + "Martin asks", "About my order"),
                Actor.system("test"));
        SearchFixtures.awaitIndexed(indexes);
        StaffMember marketer = StaffFixtures.marketer(staff);
        ShellPage shell = openLogin().signIn(marketer.username(), StaffFixtures.PASSWORD);

        page.locator("#global-search input").fill("Hugo " + marker + "Mart");
        page.locator("#global-search input").press("Enter");
        page.waitForURL(u -> u.contains("/search?q="));
        VaadinPage.awaitReady(page);
        page.locator("#global-group-customers").waitFor();
        assertThat(page.locator("#global-group-customers .cairn-search-hit").allInnerTexts())
                .singleElement()
                .satisfies(text -> assertThat(text).contains("Hugo", marker.toLowerCase() + "@shop.example"));
        assertThat(page.locator("#global-group-tickets").count()).isZero();

        page.locator("#global-group-customers .cairn-search-hit").click();
        page.waitForURL(u -> u.endsWith("customers/" + hugo));

        StaffMember agent = staff.create(StaffFixtures.newAccount("header", StaffRole.AGENT));
        shell.signOut().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.locator("#global-search input").fill("Hugo " + marker + "Martin");
        page.locator("#global-search input").press("Enter");
        page.locator("#global-group-tickets").waitFor();
        assertThat(page.locator("#global-group-customers .cairn-search-hit").count())
                .isEqualTo(1);
        assertThat(page.locator("#global-group-tickets .cairn-search-hit").count())
                .isEqualTo(1);
    }

    @Test
    void anAdminRebuildsTheIndexFromItsPageAndWatchesItToTheEnd() {
        SearchFixtures.awaitIndexed(indexes);
        openLogin().signIn(StaffFixtures.admin(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("admin/search"));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#search-backend").innerText()).contains("Lucene");

        page.locator("#search-rebuild").click();

        page.waitForCondition(
                () -> page.locator("#search-rebuild-progress").innerText().startsWith("Last rebuild:"));
        // the grid's cells are drawn a frame after the text beside them: wait for them too
        page.waitForCondition(() -> {
            var cells = page.locator("#search-indexes vaadin-grid-cell-content").allInnerTexts();
            return cells.contains("Complete")
                    && !cells.contains("Being built")
                    && page.locator("#search-rebuild").isEnabled();
        });
        assertThat(page.locator("#search-indexes vaadin-grid-cell-content").allInnerTexts())
                .contains("Tickets", "Customers");
    }
}
