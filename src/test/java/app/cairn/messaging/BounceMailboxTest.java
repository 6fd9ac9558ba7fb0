package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.messaging.internal.bounces.BounceMailboxReader;
import app.cairn.testing.CairnTest;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.activation.DataHandler;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class BounceMailboxTest extends MessagingTestSupport {

    @Autowired
    BounceMailboxReader reader;

    @Test
    void aPermanentBounceInTheMailboxBouncesTheMessageAndSuppressesItsAddress() throws Exception {
        long ada = fixtures.subscriber("Ada");
        long bo = fixtures.subscriber("Bo");
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Bounces " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada, bo)).id(),
                        null,
                        7),
                "tester");
        assertThat(MAIL.waitForIncomingEmail(20_000, 2)).isTrue();
        String adaMessageId = receivedBy(fixtures.email(ada)).getMessageID();
        String boMessageId = receivedBy(fixtures.email(bo)).getMessageID();
        GreenMailUser mailbox =
                MAIL.setUser("bounces-" + fixtures.tag + "@shop.example", "bounces-" + fixtures.tag, "secret");
        mailbox.deliver(report(fixtures.email(ada), adaMessageId, "failed", "5.1.1"));
        mailbox.deliver(report(fixtures.email(bo), boMessageId, "delayed", "4.4.7"));
        mailbox.deliver(plain("A question about my order"));
        settings.saveBounceMailbox(
                new BounceMailbox(
                        "127.0.0.1",
                        MAIL.getImap().getPort(),
                        MailSecurity.NONE,
                        "bounces-" + fixtures.tag,
                        "secret",
                        "INBOX"),
                "tester");

        int bounced = reader.read();

        assertThat(bounced).isEqualTo(1);
        assertThat(statuses(broadcast.id())).isEqualTo(java.util.Map.of("SENT", 1, "BOUNCED", 1));
        assertThat(broadcasts.report(broadcast.id()).bounced()).isEqualTo(1);
        assertThat(settings.suppressions(fixtures.email(ada), 0, 1))
                .singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo(SuppressionReason.BOUNCE));
        assertThat(settings.suppressions(fixtures.email(bo), 0, 1))
                .as("a delay is no bounce")
                .isEmpty();
        assertThat(MAIL.getManagers().getImapHostManager().getInbox(mailbox).getMessages())
                .as("the reports are deleted, the other message stays")
                .extracting(stored -> stored.getMimeMessage().getSubject())
                .containsExactly("A question about my order");
        assertThat(reader.read()).as("read messages are not read again").isZero();
    }

    private static MimeMessage report(String recipient, String messageId, String action, String status)
            throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("mailer-daemon@mx.example"));
        message.setSubject("Delivery Status Notification");
        MimeMultipart report = new MimeMultipart("report; report-type=delivery-status");
        MimeBodyPart human = new MimeBodyPart();
        human.setText("Your message could not be delivered.", "UTF-8");
        report.addBodyPart(human);
        report.addBodyPart(part(
                "Reporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; " + recipient + "\r\nAction: " + action
                        + "\r\nStatus: " + status + "\r\n",
                "message/delivery-status"));
        report.addBodyPart(part(
                "From: news@shop.example\r\nTo: " + recipient + "\r\nMessage-ID: " + messageId
                        + "\r\nSubject: Hello\r\n",
                "text/rfc822-headers"));
        message.setContent(report);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String text, String type) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(text.getBytes(StandardCharsets.US_ASCII), type)));
        return part;
    }

    private static MimeMessage plain(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("customer@example.com"));
        message.setSubject(subject);
        message.setText("Where is my parcel?");
        message.saveChanges();
        return message;
    }
}
