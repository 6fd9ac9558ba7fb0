package app.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SmtpSettings;
import app.cairn.messaging.internal.tracking.LinkSigner;
import app.cairn.messaging.internal.tracking.MessageLinks;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.staff.StaffFixtures;
import app.cairn.staff.StaffManagement;
import app.cairn.testing.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

class MessagingIT extends BrowserTest {

    @RegisterExtension
    static final GreenMailExtension MAIL =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    StaffManagement staff;

    @Autowired
    CustomerManagement customers;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    SegmentMembership membership;

    @Autowired
    MessagingSettings settings;

    @Autowired
    MessageLinks links;

    @Autowired
    MutableClock clock;

    private HttpServer shop;
    private String tag;
    private String adaEmail;
    private long ada;
    private Segment list;

    @BeforeEach
    void aShopWithASubscriberAndASender() throws Exception {
        shop = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        shop.createContext("/new", exchange -> {
            byte[] body = "<html><body><h1>New in the shop</h1></body></html>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        shop.start();
        tag = "mail" + System.nanoTime();
        adaEmail = tag + "-ada@example.com";
        ada = customers.create(
                new CustomerDetails(adaEmail, "Ada", "Lovelace", null, "GB", "London", "Europe/London", "en", null),
                Instant.parse("2025-01-05T09:00:00Z"),
                "test");
        customers.setConsent(ada, ConsentChannel.EMAIL, true, "signup form", LegalBasis.CONSENT, "test");
        list = segments.createStatic("Newsletter " + tag, null);
        long withoutConsent = customers.create(
                new CustomerDetails(tag + "-bo@example.com", "Bo", "Nobody", null, "GB", "Leeds", null, "en", null),
                Instant.parse("2025-01-05T09:00:00Z"),
                "test");
        lists.addMembers(list.id(), List.of(ada, withoutConsent));
        settings.saveSender(null, "Cairn Shop", tag + "@shop.example", null);
        settings.saveSmtp(
                new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, null, null, 0), "test");
    }

    @AfterEach
    void closeTheShop() {
        shop.stop(0);
    }

    @Test
    void aMarketerWritesPreviewsTestsAndBroadcastsATemplateAndTheClickLandsOnTheTimeline() throws Exception {
        String target = "http://127.0.0.1:" + shop.getAddress().getPort() + "/new";
        openLogin().signIn(StaffFixtures.marketer(staff).username(), StaffFixtures.PASSWORD);

        TemplateEditorPage editor = TemplateEditorPage.open(page, url("templates/edit"))
                .write(
                        "Welcome " + tag,
                        "Hello {{ first_name | default(\"there\") }}",
                        "<p>Hi {{ first_name | default(\"there\") }},</p>\n<p>{{ oops </p>");
        editor.save();
        assertThat(editor.error()).contains("line 2");
        editor.write(
                        "Welcome " + tag,
                        "Hello {{ first_name | default(\"there\") }}",
                        "<p>Hi {{ first_name | default(\"there\") }},</p>\n<p><a href=\"" + target
                                + "\">See what is new</a></p>")
                .saveNew();
        assertThat(editor.previewFor(adaEmail)).contains("Hi Ada,").contains(target);
        assertThat(editor.previewSubject()).contains("Hello Ada");
        editor.sendTestTo(tag + "-marketer@shop.example");
        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        assertThat(MAIL.getReceivedMessages()[0].getSubject()).isEqualTo("[Test] Hello Ada");

        page.navigate(url("broadcasts"));
        VaadinPage.awaitReady(page);
        page.locator("#broadcasts-new").click();
        page.locator("#broadcast-name input").fill("Launch " + tag);
        VaadinPage.choose(page, page.locator("#broadcast-template"), "Welcome " + tag);
        VaadinPage.choose(page, page.locator("#broadcast-segment"), "Newsletter " + tag);
        page.locator("#broadcast-review").click();
        assertThat(page.locator("#broadcast-audience").innerText()).contains("1 of the segment");
        assertThat(page.locator("#broadcast-skips").innerText()).contains("no e-mail consent: 1");
        assertThat(page.locator("#broadcast-test-reminder").innerText()).contains("last sent");
        assertThat(page.locator("#broadcast-confirm").innerText()).isEqualTo("Send now to 1 customer");
        assertThat(MAIL.getReceivedMessages())
                .as("nothing goes before the confirmation")
                .hasSize(1);
        page.locator("#broadcast-confirm").click();
        page.waitForURL(u -> u.matches(".*/broadcasts/report/\\d+$"));
        assertThat(MAIL.waitForIncomingEmail(20_000, 2)).isTrue();
        MimeMessage delivered = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> recipient(m).equals(adaEmail))
                .findFirst()
                .orElseThrow();
        String html =
                (String) ((MimeMultipart) delivered.getContent()).getBodyPart(1).getContent();

        Page inbox = context.newPage();
        inbox.setContent(html);
        inbox.locator("a", new Page.LocatorOptions().setHasText("See what is new"))
                .click();
        inbox.waitForURL(target);
        assertThat(inbox.locator("h1").innerText()).isEqualTo("New in the shop");

        page.navigate(url("customers/" + ada));
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#customer-timeline").innerText()).contains("Clicked a link in an e-mail");

        page.navigate(page.url().replace("customers/" + ada, "broadcasts"));
        VaadinPage.awaitReady(page);
        // the name's cell (the row's remove button carries the name in its tooltip too)
        page.locator("#broadcasts-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Launch " + tag))
                .first()
                .click();
        VaadinPage.awaitReady(page);
        assertThat(page.locator("#report-clicked .figure-value").innerText()).isEqualTo("1");
        assertThat(page.locator("#report-delivered .figure-value").innerText()).isEqualTo("1");

        inbox.setContent(html);
        inbox.locator("a", new Page.LocatorOptions().setHasText("Unsubscribe")).click();
        inbox.waitForURL(u -> u.contains("/unsubscribe/"));
        VaadinPage.awaitReady(inbox);
        inbox.locator("#unsubscribe-confirm").click();
        assertThat(inbox.locator("#unsubscribe-done").innerText()).contains("You are unsubscribed");
        assertThat(customers.contacts(List.of(ada)).getFirst().emailConsent()).isFalse();
    }

    @Test
    void aPreferenceLinkOlderThanItsValiditySaysItExpiredAndShowsNoAddress() {
        clock.advance(LinkSigner.Kind.PREFERENCES.validity().plusDays(1).negated());
        String old;
        try {
            old = links.preferences(1);
        } finally {
            clock.reset();
        }

        page.navigate(url(old.substring(old.indexOf("preferences/"))));
        VaadinPage.awaitReady(page);

        assertThat(page.locator("#link-expired").innerText()).contains("This link has expired");
        assertThat(page.locator("#preferences-all").count()).isZero();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
