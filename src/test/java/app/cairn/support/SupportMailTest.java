package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SmtpSettings;
import app.cairn.staff.StaffManagement;
import app.cairn.testing.CairnTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Support by e-mail against a real SMTP and IMAP server (GreenMail): a customer's mail opens a ticket, the agent's
 * reply reaches the customer threaded, the customer's answers from Gmail, Outlook and Apple Mail join the same
 * ticket with their quotes folded away, and mail no person wrote opens nothing and is never answered.
 */
@CairnTest
class SupportMailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            })
            .withPerMethodLifecycle(true);

    @Autowired
    SupportMailboxes mailboxes;

    @Autowired
    TicketManagement tickets;

    @Autowired
    TicketInbox inbox;

    @Autowired
    MessagingSettings messaging;

    @Autowired
    CustomerManagement customers;

    @Autowired
    StaffManagement staff;

    String support;
    GreenMailUser supportUser;
    String customer;

    @BeforeEach
    void aSupportMailboxOnTheTestServer() {
        support = "help-" + UUID.randomUUID().toString().substring(0, 8) + "@shop.example";
        supportUser = MAIL.setUser(support, support, "secret");
        customer = CustomerFixtures.uniqueEmail("mailer");
        MAIL.setUser(customer, customer, "secret");
        messaging.saveSmtp(
                new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, null, null, 0), "test");
        mailboxes.save(new SupportMailbox(
                null,
                support,
                "Shop support",
                "127.0.0.1",
                MAIL.getImap().getPort(),
                MailSecurity.NONE,
                support,
                "secret",
                "INBOX",
                null,
                true,
                null,
                null));
    }

    @AfterEach
    void noMailboxForOtherTests() {
        for (SupportMailbox box : mailboxes.all()) {
            mailboxes.delete(box.id());
        }
    }

    @Test
    void aCustomersMailOpensATicketAndTheAgentsReplyArrivesThreadedUnderTheTicketNumber() throws Exception {
        MimeMessage first = mail(customer, "Anna Berg", "My order has not arrived", "Hello, where is order D8-991?");
        first.setHeader("Message-ID", "<first-" + UUID.randomUUID() + "@mail.example>");
        deliver(first);

        mailboxes.readAll();

        Ticket ticket = only(customer);
        assertThat(ticket.channel()).isEqualTo(TicketChannel.EMAIL);
        assertThat(ticket.subject()).isEqualTo("My order has not arrived");
        assertThat(customers.findByEmail(customer).orElseThrow().firstName()).isEqualTo("Anna");
        tickets.reply(
                ticket.number(), "It left our warehouse today.", null, TicketStatus.PENDING, Actor.system("agent"));
        MimeMessage reply = awaitMailTo(customer);
        assertThat(reply.getSubject()).isEqualTo("Re: My order has not arrived [#" + ticket.number() + "]");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo(first.getMessageID());
        assertThat(reply.getHeader("References")[0]).contains(first.getMessageID());
        assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(support);
        assertThat(reply.getHeader("List-Unsubscribe"))
                .as("service mail, not marketing")
                .isNull();
    }

    @Test
    void answersFromGmailOutlookAndAppleMailJoinTheTicketWithTheirQuotesFoldedAway() throws Exception {
        deliver(mail(customer, "Anna", "Damaged lamp", "The lamp arrived broken."));
        mailboxes.readAll();
        Ticket ticket = only(customer);
        tickets.reply(
                ticket.number(), "Sorry! Could you send a photo?", null, TicketStatus.PENDING, Actor.system("agent"));
        MimeMessage reply = awaitMailTo(customer);

        MimeMessage gmail = mail(customer, "Anna", "Re: " + reply.getSubject(), """
                Here is the photo.

                On Tue, 1 Dec 2026 at 10:02, Shop support <%s> wrote:
                > Sorry! Could you send a photo?
                """.formatted(support));
        gmail.setHeader("In-Reply-To", reply.getMessageID());
        gmail.setHeader("References", reply.getMessageID());
        MimeMessage outlook =
                mail(customer, "Anna", "AW: lamp [#" + ticket.number() + "] still broken", """
                Any news?

                ________________________________
                From: Shop support <%s>
                Sent: Tuesday, 1 December 2026 10:02
                Subject: Re: Damaged lamp
                Sorry! Could you send a photo?
                """.formatted(support));
        MimeMessage apple = mail(customer, "Anna", "Re: Damaged lamp", """
                Thank you.

                > On 1 Dec 2026, at 10:02, Shop support <%s> wrote:
                >\s
                > Sorry! Could you send a photo?
                """.formatted(support));
        apple.setHeader("References", "<unknown@elsewhere.example> " + reply.getMessageID());
        deliver(gmail);
        deliver(outlook);
        deliver(apple);
        mailboxes.readAll();

        assertThat(inbox.count(customerTickets(customer)))
                .as("still one ticket")
                .isEqualTo(1);
        List<TicketMessage> messages = inbox.messages(ticket.number(), 0, 10);
        assertThat(messages)
                .extracting(TicketMessage::displayText)
                .containsExactly(
                        "The lamp arrived broken.",
                        "Sorry! Could you send a photo?",
                        "Here is the photo.",
                        "Any news?",
                        "Thank you.");
        assertThat(messages.get(2).text()).contains("wrote:").contains("> Sorry!");
        assertThat(inbox.find(ticket.number()).orElseThrow().status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void aSubjectTagFromAnotherSenderOpensANewTicketInsteadOfJoiningSomeoneElses() throws Exception {
        deliver(mail(customer, "Anna", "Refund", "Please refund order D8-5."));
        mailboxes.readAll();
        Ticket ticket = only(customer);
        String stranger = CustomerFixtures.uniqueEmail("stranger");

        deliver(mail(stranger, "Eve", "Re: Refund [#" + ticket.number() + "]", "Send the refund to my account."));
        mailboxes.readAll();

        assertThat(inbox.messages(ticket.number(), 0, 10)).hasSize(1);
        assertThat(inbox.count(customerTickets(stranger))).isEqualTo(1);
    }

    @Test
    void autoRepliesBouncesAndListMailOpenNothingAndAreNeverAnswered() throws Exception {
        MimeMessage vacation = mail(customer, "Anna", "Out of office", "I am away until Monday.");
        vacation.setHeader("Auto-Submitted", "auto-replied");
        MimeMessage outlookAway = mail(customer, "Anna", "Automatic reply: Refund", "Away.");
        outlookAway.setHeader("X-Autoreply", "yes");
        MimeMessage bounce =
                mail("MAILER-DAEMON@mail.example", "Mail Delivery System", "Undelivered Mail", "It bounced.");
        MimeMessage list = mail(customer, "Anna", "Weekly deals", "Our deals.");
        list.setHeader("List-Id", "<deals.shop.example>");
        list.setHeader("Precedence", "bulk");
        MimeMessage ownReply = mail(support, "Shop support", "Re: something [#1]", "Our own reply came back.");
        for (MimeMessage message : List.of(vacation, outlookAway, bounce, list, ownReply)) {
            deliver(message);
        }
        long before = inbox.count(InboxFilter.of(InboxView.ALL, 0));

        mailboxes.readAll();

        assertThat(inbox.count(InboxFilter.of(InboxView.ALL, 0))).isEqualTo(before);
        Thread.sleep(500);
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> to(m).equals(customer)))
                .as("nothing answered")
                .isEmpty();
    }

    @Test
    void theSameMessageDeliveredTwiceOrReadAgainCreatesNothingTwice() throws Exception {
        MimeMessage message = mail(customer, "Anna", "Twice", "Hello twice.");
        message.setHeader("Message-ID", "<twice-" + UUID.randomUUID() + "@mail.example>");
        deliver(message);
        deliver(message);

        mailboxes.readAll();
        mailboxes.readAll();

        Ticket ticket = only(customer);
        assertThat(inbox.messages(ticket.number(), 0, 10)).hasSize(1);
    }

    @Test
    void aMalformedMessageIsKeptAsItCameAndTheMessagesAfterItAreStillRead() throws Exception {
        byte[] broken = ("""
                From: Anna <%s>
                To: %s
                Subject: Broken
                Message-ID: <broken-%s@mail.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="never-there"

                This body has no parts at all.
                """)
                .formatted(customer, support, UUID.randomUUID())
                .replace("\n", "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        supportUser.deliver(
                new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(broken)));
        deliver(mail(customer, "Anna", "After the broken one", "This one is fine."));

        mailboxes.readAll();

        assertThat(inbox.page(customerTickets(customer), InboxSort.OLDEST, 0, 10))
                .extracting(TicketRow::subject)
                .contains("After the broken one");
        assertThat(mailboxes.all().getFirst().lastError()).isNull();
    }

    @Test
    void attachmentsAreKeptWithinTheLimitAndAFiftyMegabyteOrProgramFileIsListedAsNotKept() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(customer, "Anna", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(support));
        message.setSubject("Photos of the broken mug", "UTF-8");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("See the photo and the video.", "UTF-8");
        parts.addBodyPart(text);
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        parts.addBodyPart(file("mug.png", "image/png", photo));
        parts.addBodyPart(file("video.mov", "video/quicktime", new byte[50 * 1024 * 1024]));
        parts.addBodyPart(file("../../invoice.exe", "application/octet-stream", new byte[] {'M', 'Z'}));
        message.setContent(parts);
        message.saveChanges();
        deliver(message);

        mailboxes.readAll();

        Ticket ticket = only(customer);
        TicketMessage first = inbox.messages(ticket.number(), 0, 1).getFirst();
        assertThat(first.text()).isEqualTo("See the photo and the video.");
        TicketFiles files = inbox.files(ticket.number());
        assertThat(files.attachments().get(first.id()))
                .extracting(Attachment::fileName, Attachment::size, Attachment::refused)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mug.png", 11L, null),
                        org.assertj.core.groups.Tuple.tuple("video.mov", 50L * 1024 * 1024, "TOO_LARGE"),
                        org.assertj.core.groups.Tuple.tuple("invoice.exe", 2L, "BLOCKED_TYPE"));
        assertThat(files.rawMessages()).containsExactly(first.id());
        assertThat(mailboxes.all().getFirst().lastError()).isNull();

        List<String> keys = jdbc.sql("""
                        SELECT file_key FROM ticket_attachment WHERE ticket_id = ? AND file_key IS NOT NULL
                        UNION SELECT r.file_key FROM support_raw_mail r
                        JOIN support_inbound_mail m ON m.id = r.inbound_id WHERE m.ticket_id = ?""")
                .params(ticket.number(), ticket.number())
                .query(String.class)
                .list();
        assertThat(keys).hasSize(2).allSatisfy(key -> assertThat(supportFiles.open(key))
                .isPresent());
        erasure.delete(ticket.customerId(), "test");
        assertThat(keys).allSatisfy(key -> assertThat(supportFiles.open(key))
                .as("a deleted customer's files go too")
                .isEmpty());
    }

    @Test
    void anAnswerToATicketMergedIntoAnotherJoinsTheOneItWasMergedInto() throws Exception {
        deliver(mail(customer, "Anna", "Parcel late", "Where is it?"));
        deliver(mail(customer, "Anna", "Parcel STILL late", "Hello??"));
        mailboxes.readAll();
        List<TicketRow> two = inbox.page(customerTickets(customer), InboxSort.OLDEST, 0, 10);
        assertThat(two).hasSize(2);
        long kept = two.get(0).number();
        long merged = two.get(1).number();
        ticketMerges.merge(List.of(kept, merged), Actor.system("agent"));

        deliver(mail(customer, "Anna", "Re: Parcel STILL late [#" + merged + "]", "It came, thanks."));
        mailboxes.readAll();

        assertThat(inbox.page(customerTickets(customer), InboxSort.OLDEST, 0, 10))
                .hasSize(2);
        assertThat(inbox.messages(kept, 0, 10)).extracting(TicketMessage::text).contains("It came, thanks.");
    }

    @Autowired
    TicketMerges ticketMerges;

    @Autowired
    app.cairn.support.internal.files.SupportFiles supportFiles;

    @Autowired
    app.cairn.customer.CustomerErasure erasure;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static jakarta.mail.internet.MimeBodyPart file(String name, String type, byte[] content) throws Exception {
        jakarta.mail.internet.MimeBodyPart part = new jakarta.mail.internet.MimeBodyPart();
        part.setDataHandler(
                new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(jakarta.mail.Part.ATTACHMENT);
        return part;
    }

    private Ticket only(String email) {
        List<TicketRow> rows = inbox.page(customerTickets(email), InboxSort.OLDEST, 0, 10);
        assertThat(rows).hasSize(1);
        return inbox.find(rows.getFirst().number()).orElseThrow();
    }

    private InboxFilter customerTickets(String email) {
        long id = customers.findByEmail(email).map(c -> c.id()).orElse(-1L);
        return new InboxFilter(InboxView.ALL, 0, null, null, null, null, id, null, null);
    }

    private MimeMessage mail(String from, String name, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from, name, "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(support));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new java.util.Date());
        message.saveChanges();
        if (message.getHeader("Message-ID") == null) {
            message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@mail.example>");
        }
        return message;
    }

    private void deliver(MimeMessage message) {
        supportUser.deliver(message);
    }

    private static MimeMessage awaitMailTo(String address) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(m -> to(m).equals(address))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
