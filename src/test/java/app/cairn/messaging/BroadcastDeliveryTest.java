package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.testing.CairnTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CairnTest
class BroadcastDeliveryTest extends MessagingTestSupport {

    @Test
    void aBroadcastReachesEachConsentingMemberOnceWithMergedContentAndUnsubscribeHeaders() throws Exception {
        long ada = fixtures.subscriber("Ada");
        long bo = fixtures.subscriber("Bo");
        EmailTemplate template = fixtures.greeting();

        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Spring news " + fixtures.tag,
                        template.id(),
                        fixtures.list(List.of(ada, bo)).id(),
                        null,
                        7),
                "tester");

        assertThat(MAIL.waitForIncomingEmail(20_000, 2)).isTrue();
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage toAda = receivedBy(fixtures.email(ada));
        assertThat(toAda.getSubject()).isEqualTo("Hello Ada");
        assertThat(toAda.getHeader("Message-ID")[0]).matches("<cairn\\.\\d+@shop\\.example>");
        assertThat(toAda.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:\\d+/email/unsubscribe/[^>]+>");
        assertThat(toAda.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) toAda.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("Hi Ada,").contains("see what's new (http://localhost:");
        assertThat(html)
                .contains("Hi Ada,")
                .contains("Our news")
                .contains("/email/c/")
                .contains("/email/o/")
                .doesNotContain("https://shop.example/new");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            broadcasts.runDue();
            assertThat(broadcasts.find(broadcast.id()).orElseThrow().status()).isEqualTo(BroadcastStatus.SENT);
        });
        BroadcastReport report = broadcasts.report(broadcast.id());
        assertThat(report.sent()).isEqualTo(2);
        assertThat(report.delivered()).isEqualTo(2);
        assertThat(statuses(broadcast.id())).isEqualTo(Map.of("SENT", 2));
    }

    @Test
    void aScheduledBroadcastWaitsForItsTime() {
        long ada = fixtures.subscriber("Ada");
        java.time.Instant now = java.time.Instant.parse("2026-03-02T08:00:00Z");
        clock.freezeAt(now);
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Monday " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada)).id(),
                        now.plus(Duration.ofHours(2)),
                        7),
                "tester");

        clock.freezeAt(now.plus(Duration.ofHours(2)).minusSeconds(1));
        broadcasts.runDue();
        assertThat(broadcasts.find(broadcast.id()).orElseThrow().status()).isEqualTo(BroadcastStatus.SCHEDULED);
        assertThat(statuses(broadcast.id())).isEmpty();

        clock.freezeAt(now.plus(Duration.ofHours(2)));
        broadcasts.runDue();
        assertThat(broadcasts.find(broadcast.id()).orElseThrow().status())
                .isIn(BroadcastStatus.SENDING, BroadcastStatus.SENT);
        assertThat(broadcasts.find(broadcast.id()).orElseThrow().queued()).isEqualTo(1);
    }

    @Test
    void aBroadcastCannotBeScheduledInThePastOrWithoutATemplate() {
        long list = fixtures.list(List.of(fixtures.subscriber("Ada"))).id();
        long template = fixtures.greeting().id();
        java.time.Instant past = clock.instant().minus(Duration.ofHours(1));

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        broadcasts.create(new NewBroadcast("Late " + fixtures.tag, template, list, past, 7), "tester"))
                .hasMessageContaining("broadcasts.error.send-at-past");
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        broadcasts.create(new NewBroadcast("No template " + fixtures.tag, -1, list, null, 7), "tester"))
                .hasMessageContaining("broadcasts.error.template");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> broadcasts.create(
                        new NewBroadcast("Window " + fixtures.tag, template, list, null, 0), "tester"))
                .hasMessageContaining("broadcasts.error.conversion-days");
    }

    @Test
    void membersWithoutConsentOrSuppressedAreLeftOutAndCountedByReason() throws Exception {
        long ada = fixtures.subscriber("Ada");
        long silent = fixtures.customer("Cy", "Europe/Berlin");
        long bounced = fixtures.subscriber("Di");
        settings.suppress(fixtures.email(bounced), "bounced before", "tester");

        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Left out " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada, silent, bounced)).id(),
                        null,
                        7),
                "tester");

        assertThat(MAIL.waitForIncomingEmail(20_000, 1)).isTrue();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> broadcasts.find(broadcast.id()).orElseThrow().status() != BroadcastStatus.QUEUEING
                        && broadcasts.find(broadcast.id()).orElseThrow().status() != BroadcastStatus.SCHEDULED);
        BroadcastReport report = broadcasts.report(broadcast.id());
        assertThat(report.skipped()).isEqualTo(Map.of(SkipReason.NO_CONSENT, 1, SkipReason.SUPPRESSED, 1));
        assertThat(report.broadcast().queued()).isEqualTo(1);
        assertThat(MAIL.getReceivedMessages()).hasSize(1);
        assertThat(to(MAIL.getReceivedMessages()[0])).isEqualTo(fixtures.email(ada));
    }
}
