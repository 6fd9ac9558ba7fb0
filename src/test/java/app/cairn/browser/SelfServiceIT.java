package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.help.HelpArticle;
import app.cairn.help.HelpArticles;
import app.cairn.help.HelpFixtures;
import app.cairn.help.SelfService;
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
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketInsights;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketStatus;
import app.cairn.testing.Events;
import app.cairn.textanalysis.Intent;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers answered on their own, and agents helped by what text analysis read: a customer writes through the web
 * form, gets an article answer on the page, says it answered the question and the ticket is solved without an agent;
 * an agent sees a ticket's intent, sentiment and suggested articles and corrects the intent in one step.
 */
class SelfServiceIT extends BrowserTest {

    @Autowired
    HelpArticles articles;

    @Autowired
    SelfService selfService;

    @Autowired
    TicketInbox inbox;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketInsights insights;

    @Autowired
    StaffManagement staff;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void selfServiceOff() {
        Events.awaitHandled(jdbc);
        HelpFixtures.suggestOnly(selfService);
    }

    @Test
    void aCustomerWritesGetsAnArticleSaysItAnsweredAndTheTicketIsSolvedWithoutAnAgent() {
        HelpArticle tracking = HelpFixtures.trackingArticle(articles, "web");
        HelpFixtures.answerTrackingAtOnce(selfService);
        SearchFixtures.awaitIndexed(indexes);
        page.navigate(url("contact"));
        VaadinPage.awaitReady(page);

        page.locator("#contact-name input").fill("Noah Berg");
        page.locator("#contact-email input").fill(CustomerFixtures.uniqueEmail("selfservice"));
        page.locator("#contact-subject input").fill("Where is my parcel?");
        page.locator("#contact-message textarea")
                .fill("I ordered ten days ago and my parcel has still not arrived. Where is it?");
        page.locator("#contact-send").click();
        VaadinPage.awaitReady(page);
        long number = Long.parseLong(page.locator("#contact-thanks").innerText().replaceAll("(?s).*#(\\d+).*", "$1"));

        page.locator("#contact-answer").waitFor();
        assertThat(page.locator("#contact-answer").innerText()).contains(tracking.title());
        page.locator("#contact-answer a[href*='/help/answer/']").click();
        page.waitForURL("**/help/answer/**");
        VaadinPage.awaitReady(page);
        assertThat(page.locator(".help-answer-article").first().innerText()).isEqualTo(tracking.title());
        page.locator("#help-answer-yes").click();
        page.getByText("We have closed your request").waitFor();

        assertThat(inbox.find(number).orElseThrow().status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(inbox.find(number).orElseThrow().assigneeId())
                .as("no agent touched it")
                .isNull();
    }

    @Test
    void anAgentSeesTheIntentSentimentAndSuggestionsAndCorrectsTheIntent() {
        HelpArticle tracking = HelpFixtures.trackingArticle(articles, "agent");
        SearchFixtures.awaitIndexed(indexes);
        StaffMember agent = staff.create(StaffFixtures.newAccount("reader", StaffRole.AGENT));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        CustomerFixtures.uniqueEmail("reader"),
                        "Parcel",
                        "My parcel still has not arrived after two weeks. This is terrible!"),
                Actor.system("test"));
        Events.awaitHandled(jdbc);
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);

        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#ticket-intent input").inputValue()).isEqualTo("Where is my order");
        assertThat(page.locator("#ticket-sentiment").innerText()).contains("Negative");
        assertThat(page.locator(".ticket-message-reading").first().innerText()).contains("parcel");
        assertThat(page.locator("#ticket-suggestions").innerText()).contains(tracking.title());

        page.locator("#ticket-intent input").fill("Complaint");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Complaint"))
                .click();
        page.locator("#ticket-intent-source").getByText(agent.username()).waitFor();

        assertThat(insights.reading(ticket.number()).orElseThrow().intent()).isEqualTo(Intent.COMPLAINT);
    }
}
