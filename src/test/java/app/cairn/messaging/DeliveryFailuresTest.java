package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.messaging.internal.delivery.MessageDelivery;
import app.cairn.messaging.internal.delivery.SmtpStatus;
import app.cairn.testing.CairnTest;
import app.cairn.testing.SmtpSink;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@CairnTest
class DeliveryFailuresTest extends MessagingTestSupport {

    private SmtpSink sink;

    @BeforeEach
    void pointSmtpAtTheSink() throws Exception {
        sink = SmtpSink.start();
        settings.saveSmtp(new SmtpSettings("127.0.0.1", sink.port(), MailSecurity.NONE, null, null, 0), "tester");
    }

    @AfterEach
    void stopTheSink() throws Exception {
        sink.close();
    }

    @org.springframework.beans.factory.annotation.Autowired
    SmtpStatus smtpNotice;

    @Test
    void aTransientRefusalIsTriedAgainLaterAndAPermanentOneBouncesAndSuppresses() {
        long ada = fixtures.subscriber("Ada");
        long busy = fixtures.subscriber("Busy");
        long gone = fixtures.subscriber("Gone");
        String busyAddress = fixtures.email(busy);
        String goneAddress = fixtures.email(gone);
        sink.refuseRecipients(address -> address.equals(busyAddress)
                ? "451 4.2.1 Mailbox busy, try later"
                : address.equals(goneAddress) ? "550 5.1.1 No such user" : null);

        Broadcast broadcast = send(List.of(ada, busy, gone));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> statuses(broadcast.id()).equals(Map.of("SENT", 1, "BOUNCED", 1, "QUEUED", 1)));
        assertThat(row(broadcast, busy))
                .containsEntry("attempts", 1)
                .containsEntry("error", "451 4.2.1 Mailbox busy, try later");
        assertThat(row(broadcast, gone).get("error").toString()).startsWith("550");
        assertThat(settings.suppressions(goneAddress, 0, 1)).singleElement().satisfies(s -> assertThat(s.reason())
                .isEqualTo(SuppressionReason.BOUNCE));

        sink.refuseRecipients(address -> null);
        clock.advance(MessageDelivery.BACKOFF[0].plusSeconds(1));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> statuses(broadcast.id()).equals(Map.of("SENT", 2, "BOUNCED", 1)));
        assertThat(sink.distinctMessages()).isEqualTo(2);
        assertThat(sink.doubled()).isZero();
    }

    @Test
    void whileTheServerIsDownNothingIsLostOrUsedUpAndSendingResumesByItself() throws Exception {
        sink.stop();
        List<Long> members = List.of(fixtures.subscriber("Ada"), fixtures.subscriber("Bo"), fixtures.subscriber("Cy"));

        Broadcast broadcast = send(members);

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.sql("""
                        SELECT COUNT(*) FROM email_message
                        WHERE source_id = ? AND source = 'BROADCAST' AND status = 'QUEUED' AND last_error IS NOT NULL""").param(broadcast.id()).query(Long.class).single() == 3);
        assertThat(jdbc.sql("SELECT MAX(attempts) FROM email_message WHERE source_id = ? AND source = 'BROADCAST'")
                        .param(broadcast.id())
                        .query(Integer.class)
                        .single())
                .as("an unreachable server uses up no attempt")
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !settings.smtpHealth().reachable());
        assertThat(settings.smtpHealth().detail()).contains("Couldn't connect to host");
        assertThat(smtpNotice.current())
                .as("admins are told on every page")
                .hasValueSatisfying(notice -> assertThat(notice.messageKey()).isEqualTo("messaging.smtp.banner"));

        sink.restart();

        await().atMost(Duration.ofSeconds(60))
                .until(() -> statuses(broadcast.id()).equals(Map.of("SENT", 3)));
        assertThat(settings.smtpHealth().reachable()).isTrue();
        assertThat(smtpNotice.current()).isEmpty();
        assertThat(sink.distinctMessages()).isEqualTo(3);
        assertThat(sink.doubled()).isZero();
    }

    @Test
    void checkingTheConnectionSaysWhetherTheServerAnswers() throws Exception {
        assertThat(settings.checkSmtp()).isEmpty();

        sink.stop();

        assertThat(settings.checkSmtp())
                .hasValueSatisfying(problem -> assertThat(problem).contains("Couldn't connect to host"));
    }

    private Broadcast send(List<Long> members) {
        return broadcasts.create(
                new NewBroadcast(
                        "Failures " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(members).id(),
                        null,
                        7),
                "tester");
    }

    private Map<String, Object> row(Broadcast broadcast, long customerId) {
        return jdbc.sql("""
                        SELECT attempts, last_error AS error FROM email_message
                        WHERE source = 'BROADCAST' AND source_id = ? AND customer_id = ?""").params(broadcast.id(), customerId).query().singleRow();
    }
}
