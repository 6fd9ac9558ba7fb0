package app.cairn.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.messaging.MessagingSettings;
import app.cairn.testing.CairnTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The public contact form: a ticket with a confirmation, no ticket for a bot, and a flood held back. */
@CairnTest
class WebFormTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(true);

    @Autowired
    WebForms forms;

    @Autowired
    TicketInbox inbox;

    @Autowired
    SupportMailboxes mailboxes;

    @Autowired
    MessagingSettings messaging;

    @Autowired
    CustomerManagement customers;

    String source;

    @BeforeEach
    void aMailboxToConfirmFrom() {
        source = "10.0." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);
        SupportFixtures.sendingMailbox(messaging, mailboxes, MAIL.getSmtp().getPort(), "contact");
    }

    @AfterEach
    void noMailboxForOtherTests() {
        mailboxes.all().forEach(box -> mailboxes.delete(box.id()));
    }

    @Test
    void aSubmissionOpensATicketAndTheCustomerGetsAConfirmationThatNoAutoResponderAnswers() throws Exception {
        String email = CustomerFixtures.uniqueEmail("contact");

        WebForms.Outcome outcome = forms.submit(
                new WebForms.Submission(
                        "Li Na", email, "D8-12", "Wrong colour", "The shirt is blue, I ordered red.", ""),
                source,
                Locale.SIMPLIFIED_CHINESE);

        assertThat(outcome.accepted()).isTrue();
        Ticket ticket = inbox.find(outcome.ticketNumber()).orElseThrow();
        assertThat(ticket.channel()).isEqualTo(TicketChannel.WEB_FORM);
        assertThat(ticket.orderNumber()).isEqualTo("D8-12");
        assertThat(customers.findByEmail(email).orElseThrow().lastName()).isEqualTo("Na");
        MimeMessage confirmation = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> Arrays.stream(MAIL.getReceivedMessages())
                                .filter(m -> to(m).equals(email))
                                .findFirst(),
                        java.util.Optional::isPresent)
                .orElseThrow();
        assertThat(confirmation.getSubject()).isEqualTo("[#" + ticket.number() + "] 我们已收到您的请求：Wrong colour");
        assertThat(confirmation.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
    }

    @Test
    void aFilledHoneypotIsThankedAndOpensNothing() {
        String email = CustomerFixtures.uniqueEmail("bot");

        WebForms.Outcome outcome = forms.submit(
                new WebForms.Submission("Bot", email, null, "Cheap pills", "Buy now", "http://spam.example"),
                source,
                Locale.ENGLISH);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.ticketNumber()).isNull();
        assertThat(customers.findByEmail(email)).isEmpty();
    }

    @Test
    void aFloodFromOneAddressIsHeldBackAfterFiveAndWritesNothing() {
        String email = CustomerFixtures.uniqueEmail("flood");
        for (int i = 0; i < WebForms.PER_ADDRESS; i++) {
            forms.submit(
                    new WebForms.Submission(null, email, null, "Hello " + i, "Message " + i, null),
                    source,
                    Locale.ENGLISH);
        }
        long customer = customers.findByEmail(email).orElseThrow().id();
        InboxFilter theirs = new InboxFilter(InboxView.ALL, 0, null, null, null, null, customer, null, null);

        assertThatThrownBy(() -> forms.submit(
                        new WebForms.Submission(null, email, null, "Again", "Again", null), "10.9.9.9", Locale.ENGLISH))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.contact.error.too-many");
        assertThat(inbox.count(theirs)).isEqualTo(WebForms.PER_ADDRESS);
    }

    @Test
    void aMissingAddressIsRefusedNamingIt() {
        assertThatThrownBy(() -> forms.submit(
                        new WebForms.Submission("A", " ", null, "Hi", "Hello", null), source, Locale.ENGLISH))
                .isInstanceOf(TicketException.class)
                .hasMessageContaining("support.error.customer-required");
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
        } catch (jakarta.mail.MessagingException unreadable) {
            return "";
        }
    }
}
