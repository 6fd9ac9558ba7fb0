package app.cairn.messaging;

import app.cairn.customer.CustomerManagement;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.testing.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real SMTP and IMAP server (GreenMail) on free ports for the test class, the app's SMTP settings pointed at
 * it, and the sending rules put back to none after each test.
 */
abstract class MessagingTestSupport {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
            })
            .withPerMethodLifecycle(true);

    @Autowired
    MessagingSettings settings;

    @Autowired
    TemplateManagement templates;

    @Autowired
    BroadcastManagement broadcasts;

    @Autowired
    CustomerManagement customers;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    SegmentMembership membership;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    MessagingFixtures fixtures;

    @BeforeEach
    void pointSmtpAtTheTestServer() {
        settings.saveSmtp(
                new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, null, null, 0), "tester");
        fixtures = new MessagingFixtures(settings, templates, customers, segments, lists);
    }

    /**
     * Puts the rules and the clock back, and cancels what the test left in the outbox (a message held for quiet
     * hours, say) so that it cannot arrive in a later test's mailbox.
     */
    @AfterEach
    void putTheRulesBackAndEmptyTheOutbox() {
        settings.saveRules(new SendingRules(0, 7, null, null, "UTC"), "tester");
        clock.reset();
        jdbc.sql("UPDATE email_message SET status = 'CANCELLED' WHERE status = 'QUEUED'")
                .update();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM email_message WHERE status = 'SENDING'")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** Sets quiet hours and a frequency cap for one test. */
    void rules(int capMessages, int capDays, LocalTime quietStart, LocalTime quietEnd) {
        settings.saveRules(new SendingRules(capMessages, capDays, quietStart, quietEnd, "UTC"), "tester");
    }

    /** The message's recipient address. */
    static String to(jakarta.mail.internet.MimeMessage message) {
        try {
            return com.icegreen.greenmail.util.GreenMailUtil.getAddressList(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** The message received for this address. */
    static jakarta.mail.internet.MimeMessage receivedBy(String address) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> to(m).equals(address))
                .findFirst()
                .orElseThrow();
    }

    /** The outbox rows of a broadcast, by status. */
    java.util.Map<String, Integer> statuses(long broadcastId) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        jdbc.sql(
                        "SELECT status, COUNT(*) FROM email_message WHERE source = 'BROADCAST' AND source_id = ? GROUP BY status")
                .param(broadcastId)
                .query((rs, row) -> java.util.Map.entry(rs.getString(1), rs.getInt(2)))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
