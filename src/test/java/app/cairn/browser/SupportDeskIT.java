package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.shared.StaffRole;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.staff.StaffMember;
import app.cairn.support.Actor;
import app.cairn.support.AuthorType;
import app.cairn.support.Macro;
import app.cairn.support.Macros;
import app.cairn.support.MessageKind;
import app.cairn.support.NewTicket;
import app.cairn.support.SupportMailbox;
import app.cairn.support.SupportMailboxes;
import app.cairn.support.Ticket;
import app.cairn.support.TicketChannel;
import app.cairn.support.TicketInbox;
import app.cairn.support.TicketManagement;
import app.cairn.support.TicketMessage;
import app.cairn.support.TicketStatus;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An agent works a ticket in the browser: the inbox, the ticket, a canned reply, a note, solving it; the customer page
 * lists it. An admin sets up groups and mailboxes; a visitor writes on the contact page.
 */
class SupportDeskIT extends BrowserTest {

    @Autowired
    StaffManagement staff;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketInbox inbox;

    @Autowired
    SupportMailboxes mailboxes;

    @Autowired
    Macros macros;

    @Test
    void anAgentTakesAnUnassignedTicketRepliesWithACannedReplyNotesAndSolvesIt() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("desk", StaffRole.AGENT));
        String subject = "Parcel missing " + System.nanoTime();
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API, CustomerFixtures.uniqueEmail("desk"), subject, "Nothing came."),
                Actor.system("test"));
        String macro = "Tracing " + System.nanoTime();
        macros.save(new Macro(
                null,
                macro,
                "We have asked DHL to trace your parcel ({{ticket.number}}).",
                TicketStatus.PENDING,
                null,
                java.util.Set.of("traced"),
                false));
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);

        page.navigate(url("tickets"));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#inbox-empty").isVisible())
                .as("nothing is mine yet")
                .isTrue();
        page.locator("#inbox-view-unassigned").click();
        VaadinPage.awaitReady(page);
        page.locator("#inbox-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(subject))
                .first()
                .click();
        page.waitForURL(u -> u.endsWith("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-title").innerText()).isEqualTo("#" + ticket.number() + " " + subject);
        assertThat(page.locator("#ticket-conversation").innerText()).contains("Nothing came.");

        choose(page.locator("#ticket-assignee"), agent.displayName());
        choose(page.locator("#reply-macro"), macro);
        assertThat(page.locator("#reply-text textarea").inputValue())
                .isEqualTo("We have asked DHL to trace your parcel (#" + ticket.number() + ").");
        page.locator("#reply-send").click();
        VaadinPage.awaitReady(page);
        assertThat(inbox.find(ticket.number()).orElseThrow().tags()).contains("traced");
        page.locator("#reply-text textarea").fill("Asked the carrier to trace it.");
        page.locator("#reply-note").click();
        VaadinPage.awaitReady(page);
        choose(page.locator("#ticket-status"), "Solved");

        assertThat(page.locator("#ticket-conversation .ticket-note").innerText())
                .contains("Asked the carrier");
        assertThat(page.locator("#ticket-conversation").innerText()).contains("We have asked DHL");
        Ticket solved = inbox.find(ticket.number()).orElseThrow();
        assertThat(solved.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(solved.assigneeId()).isEqualTo(agent.id());
        assertThat(solved.firstResponseAt()).isNotNull();
        List<TicketMessage> messages = inbox.messages(ticket.number(), 0, 10);
        assertThat(messages)
                .extracting(TicketMessage::kind, TicketMessage::authorType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MessageKind.REPLY, AuthorType.CUSTOMER),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.REPLY, AuthorType.STAFF),
                        org.assertj.core.groups.Tuple.tuple(MessageKind.NOTE, AuthorType.STAFF));

        page.locator("#ticket-customer-link").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#customer-tickets").innerText())
                .contains(subject)
                .contains("Solved");

        page.navigate(url("support/report"));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#report-agents").innerText()).contains(agent.displayName());
        assertThat(page.locator("#report-totals").innerText()).contains("Solved");
        assertThat(page.locator("#report-opened-chart").isVisible()).isTrue();
    }

    @Test
    void aReplyIsHeldBackOnceWhenSomeoneElseChangedTheTicketMeanwhile() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("desk", StaffRole.AGENT));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("race"), "Race", "Hello?"),
                Actor.system("test"));
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);

        tickets.reply(
                ticket.number(), "A colleague answered first.", null, TicketStatus.PENDING, Actor.system("colleague"));
        page.locator("#reply-text textarea").fill("My answer.");
        page.locator("#reply-send").click();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#reply-message").innerText()).contains("Someone else changed this ticket");
        assertThat(page.locator("#ticket-conversation").innerText()).contains("A colleague answered first.");
        assertThat(inbox.messages(ticket.number(), 0, 10)).hasSize(2);
        page.locator("#reply-send").click();
        VaadinPage.awaitReady(page);
        assertThat(inbox.messages(ticket.number(), 0, 10)).hasSize(3);
    }

    @Test
    void anAdminSetsUpAGroupAndAMailboxAndSeesWhyTheMailboxCannotBeRead() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("grouped", StaffRole.AGENT));
        String group = "Returns " + System.nanoTime();
        String address = "help" + System.nanoTime() + "@shop.example";
        openLogin().signIn(StaffFixtures.admin(staff).username(), StaffFixtures.PASSWORD);
        page.navigate(url("admin/support"));
        VaadinPage.awaitReady(page);

        page.locator("#support-new-group").click();
        page.locator("#group-name input").fill(group);
        page.locator("#group-members input").fill(agent.displayName());
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(agent.displayName()))
                .first()
                .click();
        page.locator("#group-members input").press("Escape");
        page.locator("#group-save").click();
        VaadinPage.awaitReady(page);
        page.locator("#support-new-mailbox").click();
        page.locator("#mailbox-address input").fill(address);
        page.locator("#mailbox-from-name input").fill("Shop support");
        page.locator("#mailbox-host input").fill("127.0.0.1");
        page.locator("#mailbox-port input").fill("1");
        choose(page.locator("#mailbox-security"), "None");
        page.locator("#mailbox-username input").fill(address);
        page.locator("#mailbox-password input").fill("secret");
        choose(page.locator("#mailbox-group"), group);
        page.locator("#mailbox-save").click();
        VaadinPage.awaitReady(page);
        page.locator("#support-read-now").click();
        VaadinPage.awaitReady(page);

        page.locator("#macro-new").click();
        page.locator("#macro-name input").fill("Bad " + group);
        page.locator("#macro-body textarea").fill("Hello {{customer.password}}");
        page.locator("#macro-save").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#macro-error").innerText())
                .contains("{{customer.password}}")
                .contains("is not a merge field");
        page.locator("#macro-body textarea").fill("Hello {{customer.first_name}}, your refund is on its way.");
        page.locator("#macro-save").click();
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#support-macros").innerText())
                .contains("Bad " + group)
                .contains("your refund");
        assertThat(page.locator("#support-groups").innerText())
                .contains(group)
                .contains(agent.displayName())
                .contains("Assigned by hand");
        String listed = page.locator("#support-mailboxes").innerText();
        assertThat(listed).contains(address).contains(group).contains("127.0.0.1:1");
        assertThat(listed).containsIgnoringCase("connect");
        for (SupportMailbox box : mailboxes.all()) {
            mailboxes.delete(box.id());
        }

        page.locator("#sla-day-6 input").fill("10:00-14");
        page.locator("#sla-save").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#sla-error").innerText()).contains("10:00-14").contains("is not a period");
        page.locator("#sla-day-6 input").fill("10:00-14:00");
        page.locator("#sla-normal-first-response input").fill("60");
        page.locator("#sla-normal-resolution input").fill("480");
        page.locator("#sla-save").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#sla-error").innerText()).isEmpty();
        Ticket timed = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("timed"), "Timed", "When?"),
                Actor.system("test"));
        page.navigate(url("tickets/" + timed.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-sla").innerText())
                .contains("First response due")
                .contains("Resolution due");
    }

    @Test
    void aVisitorWritesOnTheContactPageWithoutSigningInAndGetsTheTicketNumber() {
        String email = CustomerFixtures.uniqueEmail("visitor");
        page.navigate(url("contact"));
        VaadinPage.awaitReady(page);

        page.locator("#contact-name input").fill("Mia Wong");
        page.locator("#contact-email input").fill(email);
        page.locator("#contact-subject input").fill("Size exchange");
        page.locator("#contact-message textarea").fill("Can I exchange the shoes for size 39?");
        page.locator("#contact-send").click();
        VaadinPage.awaitReady(page);

        String thanks = page.locator("#contact-thanks").innerText();
        long number = Long.parseLong(thanks.replaceAll("(?s).*#(\\d+).*", "$1"));
        Ticket ticket = inbox.find(number).orElseThrow();
        assertThat(ticket.subject()).isEqualTo("Size exchange");
        assertThat(ticket.channel()).isEqualTo(TicketChannel.WEB_FORM);
        assertThat(thanks).contains(email);
    }

    @Test
    void aCustomerRatesASolvedTicketOnTheSurveyPageAndTheAgentSeesIt() {
        mailboxes.save(new SupportMailbox(
                null,
                "survey" + System.nanoTime() + "@shop.example",
                "Shop support",
                "127.0.0.1",
                1,
                app.cairn.messaging.MailSecurity.NONE,
                "user",
                "secret",
                "INBOX",
                null,
                true,
                null,
                null));
        StaffMember agent = staff.create(StaffFixtures.newAccount("rated", StaffRole.AGENT));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("rater"), "Rate me", "Help"),
                Actor.system("test"));
        updates.status(ticket.number(), TicketStatus.SOLVED, Actor.staff(agent.id(), agent.username()));
        app.cairn.testing.Events.awaitHandled(jdbc);
        String token = jdbc.sql("SELECT token FROM ticket_csat WHERE ticket_id = ?")
                .param(ticket.number())
                .query(String.class)
                .single();
        for (SupportMailbox box : mailboxes.all()) {
            mailboxes.delete(box.id());
        }

        page.navigate(url("survey/" + token));
        VaadinPage.awaitReady(page);
        page.locator("#survey-comment textarea").fill("Friendly and fast.");
        page.locator("#survey-rating-4").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#survey-thanks").innerText()).contains("Thank you");
        page.navigate(url("survey/" + token));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#survey-state").innerText()).contains("we have your answer already");

        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-csat").innerText()).contains("4 of 5").contains("Friendly and fast.");
    }

    @Test
    void anAgentReturnsAnOrderLineFromATicketAndTheRefundLowersTheCustomersSpend() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("desk", StaffRole.AGENT));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(
                        TicketChannel.API,
                        CustomerFixtures.uniqueEmail("broken"),
                        "Broken mugs",
                        "Two arrived broken."),
                Actor.system("test"));
        String order = "B-" + System.nanoTime();
        commerce.recordOrder(new app.cairn.commerce.OrderData(
                order,
                ticket.customerId(),
                java.time.Instant.parse("2026-11-20T10:00:00Z"),
                app.cairn.commerce.OrderStatus.DELIVERED,
                "EUR",
                List.of(
                        new app.cairn.commerce.OrderLineData(
                                "MUG-BLUE", "Blue mug", 3, new java.math.BigDecimal("12.00")),
                        new app.cairn.commerce.OrderLineData(
                                "TEAPOT", "Teapot", 1, new java.math.BigDecimal("26.00")))));
        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-orders").innerText()).contains("3 × Blue mug");

        page.locator("#return-start-" + order).click();
        page.locator("#return-qty-1 input").fill("4");
        page.locator("#return-reason").click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Damaged"))
                .first()
                .click();
        page.locator("#return-create").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#return-error").innerText()).contains("Only 3 of “Blue mug” can still be returned");
        page.locator("#return-qty-1 input").fill("2");
        page.locator("#return-create").click();
        VaadinPage.awaitReady(page);

        app.cairn.returns.ProductReturn asked =
                returns.ofTicket(ticket.number()).getFirst();
        assertThat(page.locator("#ticket-returns").innerText())
                .contains(asked.number())
                .contains("2 × Blue mug")
                .contains("Requested");
        returnStep(asked.number(), "approved", "Approved");
        returnStep(asked.number(), "received", "Received");
        returnStep(asked.number(), "refunded", "Refunded");
        assertThat(page.locator("#ticket-returns").innerText()).contains("Refunded");

        page.locator("#ticket-customer-link").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#customer-purchases").innerText()).contains("38.00");
        assertThat(page.locator("#customer-returns").innerText())
                .contains(asked.number())
                .contains("Refunded");
    }

    @Test
    void attachmentsDownloadOnlyForSupportStaffAndAFileNotKeptSaysWhy() {
        StaffMember agent = staff.create(StaffFixtures.newAccount("desk", StaffRole.AGENT));
        StaffMember marketer = staff.create(StaffFixtures.newAccount("mkt", StaffRole.MARKETER));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("files"), "Photo", "See it."),
                Actor.system("test"));
        long message = inbox.messages(ticket.number(), 0, 1).getFirst().id();
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 7};
        attachments.keep(
                ticket.number(),
                message,
                List.of(
                        new app.cairn.support.internal.files.AttachmentIntake.Incoming(
                                "mug.png", "image/png", photo.length, photo),
                        new app.cairn.support.internal.files.AttachmentIntake.Incoming(
                                "video.mov", "video/quicktime", 50L * 1024 * 1024, null)),
                java.time.Instant.now());
        long id = inbox.files(ticket.number())
                .attachments()
                .get(message)
                .getFirst()
                .id();
        String download = url(app.cairn.support.TicketFiles.attachmentPath(id));

        openLogin().signIn(agent.username(), StaffFixtures.PASSWORD);
        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-conversation .ticket-attachment").innerText())
                .contains("mug.png");
        assertThat(page.locator("#ticket-conversation .ticket-attachment-refused")
                        .innerText())
                .contains("video.mov")
                .contains("50 MB")
                .contains("was not kept");
        com.microsoft.playwright.APIResponse asAgent = page.request().get(download);
        assertThat(asAgent.status()).isEqualTo(200);
        assertThat(asAgent.body()).isEqualTo(photo);
        assertThat(asAgent.headers().get("content-disposition"))
                .startsWith("attachment")
                .contains("mug.png");

        com.microsoft.playwright.APIResponse anonymous = browser.newContext()
                .request()
                .get(
                        download,
                        com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
        assertThat(anonymous.status()).as("no file without signing in").isNotEqualTo(200);
        assertThat(anonymous.body()).isNotEqualTo(photo);

        context.clearCookies();
        openLogin().signIn(marketer.username(), StaffFixtures.PASSWORD);
        assertThat(page.request().get(download).status())
                .as("marketers do not see tickets")
                .isEqualTo(403);
    }

    @Test
    void anAgentSeesAColleagueOnTheSameTicketAndTheirReplyAndWorksItFromTheKeyboard() {
        StaffMember anna = staff.create(StaffFixtures.newAccount("anna", StaffRole.AGENT));
        StaffMember ben = staff.create(StaffFixtures.newAccount("ben", StaffRole.AGENT));
        Ticket ticket = tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, CustomerFixtures.uniqueEmail("both"), "Both of us", "Hi"),
                Actor.system("test"));
        String earlier = "Earlier question " + System.nanoTime();
        tickets.open(
                NewTicket.fromCustomer(TicketChannel.API, ticket.customerId(), earlier, "Before"),
                Actor.system("test"));
        openLogin().signIn(anna.username(), StaffFixtures.PASSWORD);
        page.navigate(url("tickets/" + ticket.number()));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-earlier").innerText()).contains(earlier);
        assertThat(page.locator("#ticket-customer").innerText()).contains("Purchases");

        com.microsoft.playwright.BrowserContext other =
                browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-US"));
        try {
            Page benPage = other.newPage();
            LoginPage.open(benPage, url("login")).signIn(ben.username(), StaffFixtures.PASSWORD);
            benPage.navigate(url("tickets/" + ticket.number()));
            VaadinPage.awaitReady(benPage);
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#ticket-presence"))
                    .containsText(
                            ben.displayName() + " also has this ticket open",
                            new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                    .setTimeout(20_000));
            benPage.locator("#reply-text textarea").fill("Ben answers first.");
            benPage.locator("#reply-send").click();
            VaadinPage.awaitReady(benPage);
        } finally {
            other.close();
        }
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#ticket-presence"))
                .containsText(
                        "Someone changed this ticket",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(20_000));
        page.locator("#ticket-show-latest").click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#ticket-conversation").innerText()).contains("Ben answers first.");

        page.locator("#reply-text textarea").fill("Checked with the warehouse.");
        page.locator("#reply-text textarea").press("Control+Shift+Enter");
        VaadinPage.awaitReady(page);
        page.keyboard().press("Alt+m");
        VaadinPage.awaitReady(page);
        page.keyboard().press("Alt+s");
        VaadinPage.awaitReady(page);

        Ticket worked = inbox.find(ticket.number()).orElseThrow();
        assertThat(worked.assigneeId()).isEqualTo(anna.id());
        assertThat(worked.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(inbox.messages(ticket.number(), 0, 10))
                .extracting(TicketMessage::kind)
                .containsExactly(MessageKind.REPLY, MessageKind.REPLY, MessageKind.NOTE);
    }

    @Autowired
    app.cairn.support.internal.files.AttachmentIntake attachments;

    /**
     * Takes a return's next step with its button. The list sits at the foot of the page, where the notification of
     * the step before may still cover the button; a click it swallowed is made again (the server allows each step
     * once, so a second click cannot take two).
     */
    private void returnStep(String number, String step, String status) {
        Locator button = page.locator("#return-" + number + "-" + step);
        for (int attempt = 0; attempt < 3 && button.count() > 0; attempt++) {
            button.click();
            VaadinPage.awaitReady(page);
        }
        assertThat(page.locator("#ticket-returns").innerText()).contains(status);
    }

    @Autowired
    app.cairn.commerce.CommerceManagement commerce;

    @Autowired
    app.cairn.returns.Returns returns;

    @Autowired
    app.cairn.support.TicketUpdates updates;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void choose(Locator comboBox, String option) {
        comboBox.locator("input").fill(option);
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(option))
                .first()
                .click();
        VaadinPage.awaitReady(page);
    }
}
