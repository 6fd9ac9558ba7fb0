package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.customer.ConsentChannel;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.LegalBasis;
import app.cairn.journey.internal.dispatch.JourneyDispatcher;
import app.cairn.journey.internal.engine.JourneyEngine;
import app.cairn.journey.internal.entries.DateEntries;
import app.cairn.journey.internal.entries.SegmentEntries;
import app.cairn.messaging.EmailTemplate;
import app.cairn.messaging.MailSecurity;
import app.cairn.messaging.MessagingSettings;
import app.cairn.messaging.SendingRules;
import app.cairn.messaging.SmtpSettings;
import app.cairn.messaging.TemplateDraft;
import app.cairn.messaging.TemplateManagement;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.testing.Events;
import app.cairn.testing.MutableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real SMTP server (GreenMail) for the test, the app pointed at it, customers and templates unique to the test,
 * and journeys published from drawn graphs. The journeys a test publishes are stopped after it, and the clock put
 * back, so that nothing of it acts in a later test.
 */
abstract class JourneyTestSupport {

    static final Instant SIGNUP = Instant.parse("2024-03-01T10:00:00Z");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
                    new ServerSetup[] {new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)})
            .withPerMethodLifecycle(true);

    @Autowired
    JourneyManagement journeys;

    @Autowired
    JourneyEngine engine;

    @Autowired
    SegmentEntries segmentEntries;

    @Autowired
    DateEntries dateEntries;

    @Autowired
    JourneyDispatcher dispatcher;

    @Autowired
    CustomerManagement customers;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    SegmentMembership membership;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    TemplateManagement templates;

    @Autowired
    MessagingSettings messaging;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final List<Long> published = new ArrayList<>();
    private Long sender;

    @BeforeEach
    void pointSmtpAtTheTestServer() {
        messaging.saveSmtp(
                new SmtpSettings("127.0.0.1", MAIL.getSmtp().getPort(), MailSecurity.NONE, null, null, 0), "tester");
        messaging.saveRules(new SendingRules(0, 7, null, null, "UTC"), "tester");
    }

    @AfterEach
    void stopTheJourneysAndEmptyTheOutbox() {
        published.forEach(id -> {
            if (journeys.find(id).orElseThrow().status() != JourneyStatus.STOPPED) {
                journeys.stop(id);
            }
        });
        engine.runDue(Duration.ofSeconds(30));
        clock.reset();
        jdbc.sql("UPDATE email_message SET status = 'CANCELLED' WHERE status = 'QUEUED'")
                .update();
        jdbc.sql("UPDATE journey_dispatch SET status = 'FAILED' WHERE status = 'QUEUED'")
                .update();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT COUNT(*) FROM email_message WHERE status = 'SENDING'")
                                .query(Long.class)
                                .single()
                        == 0);
    }

    /** Publishes the graph as a new journey; it is stopped after the test. */
    Journey publish(JourneyGraph graph) {
        Journey journey = journeys.create("Journey " + tag + " " + UUID.randomUUID(), graph, "tester");
        journeys.publish(journey.id(), "tester");
        published.add(journey.id());
        return journeys.find(journey.id()).orElseThrow();
    }

    /** Takes every step due now, once the reactions to events published so far have been handled. */
    int run() {
        Events.awaitHandled(jdbc);
        return engine.runDue(Duration.ofSeconds(60));
    }

    long sender() {
        if (sender == null) {
            sender = messaging.saveSender(null, "Shop " + tag, "news-" + tag + "@shop.example", null);
        }
        return sender;
    }

    EmailTemplate template(String subject, String body) {
        return templates.save(
                null,
                new TemplateDraft("Template " + tag + " " + UUID.randomUUID(), subject, "", body, sender(), null),
                "tester");
    }

    /** A customer in Berlin who agreed to e-mail. */
    long subscriber(String firstName) {
        long id = customer(firstName, "Europe/Berlin", null);
        customers.setConsent(id, ConsentChannel.EMAIL, true, "signup form", LegalBasis.CONSENT, "tester");
        return id;
    }

    long customer(String firstName, String timeZone, LocalDate birthday) {
        return customers.create(CustomerFixtures.tester(firstName, timeZone, birthday), SIGNUP, "test");
    }

    String email(long customerId) {
        return customers.find(customerId).orElseThrow().email();
    }

    Segment list(List<Long> members) {
        Segment list = segments.createStatic("List " + tag + " " + UUID.randomUUID(), null);
        if (!members.isEmpty()) {
            lists.addMembers(list.id(), members);
        }
        return list;
    }

    /** Where the customer's enrolment in the journey stands: its step, and why it ended (null while in it). */
    record Standing(String node, String endReason) {}

    Standing standing(long journeyId, long customerId) {
        return jdbc.sql("""
                        SELECT node_id, end_reason FROM journey_enrolment
                        WHERE journey_id = ? AND customer_id = ? ORDER BY id DESC LIMIT 1""")
                .params(journeyId, customerId)
                .query((rs, row) -> new Standing(rs.getString(1), rs.getString(2)))
                .single();
    }

    /** The steps the customer's latest enrolment took, in order, as {@code node:output}. */
    List<String> path(long journeyId, long customerId) {
        return jdbc.sql("""
                        SELECT CONCAT(s.node_id, ':', COALESCE(s.output, '-')) FROM journey_step s
                        JOIN journey_enrolment e ON e.id = s.enrolment_id
                        WHERE e.journey_id = ? AND e.customer_id = ?
                          AND e.id = (SELECT MAX(id) FROM journey_enrolment WHERE journey_id = ? AND customer_id = ?)
                        ORDER BY s.visit""")
                .params(journeyId, customerId, journeyId, customerId)
                .query(String.class)
                .list();
    }

    /** The messages received so far by the address. */
    List<MimeMessage> mailTo(String address) {
        return Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                })
                .toList();
    }

    /** Waits until the server has received this many messages in all. */
    void awaitMail(int count) {
        assertThat(MAIL.waitForIncomingEmail(30_000, count))
                .as("%d messages arrived", count)
                .isTrue();
    }

    static Map<String, String> settings(String... pairs) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            settings.put(pairs[i], pairs[i + 1]);
        }
        return settings;
    }
}
