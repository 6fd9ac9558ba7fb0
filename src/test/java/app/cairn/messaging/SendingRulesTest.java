package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.shared.UtcColumns;
import app.cairn.testing.CairnTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CairnTest
class SendingRulesTest extends MessagingTestSupport {

    @Test
    void quietHoursHoldBackOnlyTheRecipientsForWhomItIsNight() {
        rules(0, 7, LocalTime.of(22, 0), LocalTime.of(8, 0));
        long berlin = fixtures.subscriber("Ada"); // 21:59:59 there: still evening
        long helsinki = fixtures.subscriber("Bo");
        jdbc.sql("UPDATE customer SET time_zone = 'Europe/Helsinki' WHERE id = ?")
                .param(helsinki)
                .update();
        clock.freezeAt(Instant.parse("2026-01-15T20:59:59Z"));

        Broadcast broadcast = queued(List.of(berlin, helsinki));

        assertThat(notBefore(broadcast, berlin)).isEqualTo(Instant.parse("2026-01-15T20:59:59Z"));
        assertThat(notBefore(broadcast, helsinki)).isEqualTo(Instant.parse("2026-01-16T06:00:00Z"));
        assertThat(broadcasts.find(broadcast.id()).orElseThrow().deferred()).isEqualTo(1);
    }

    @Test
    void theFrequencyCapCountsMessagesUpToTheLastSecondOfItsWindow() {
        rules(1, 7, null, null);
        long ada = fixtures.subscriber("Ada");
        Instant first = Instant.parse("2026-02-01T10:00:00Z");
        clock.freezeAt(first);
        queued(List.of(ada));

        clock.freezeAt(first.plus(Duration.ofDays(7)).minusSeconds(1));
        Broadcast tooSoon = queued(List.of(ada));
        clock.freezeAt(first.plus(Duration.ofDays(7)).plusSeconds(1));
        Broadcast weekLater = queued(List.of(ada));

        assertThat(broadcasts.report(tooSoon.id()).skipped()).isEqualTo(Map.of(SkipReason.FREQUENCY_CAP, 1));
        assertThat(broadcasts.report(weekLater.id()).skipped()).isEmpty();
        assertThat(broadcasts.find(weekLater.id()).orElseThrow().queued()).isEqualTo(1);
    }

    private Broadcast queued(List<Long> members) {
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Rules " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(members).id(),
                        null,
                        7),
                "tester");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            broadcasts.runDue();
            assertThat(broadcasts.find(broadcast.id()).orElseThrow().status())
                    .isIn(BroadcastStatus.SENDING, BroadcastStatus.SENT);
        });
        return broadcast;
    }

    private Instant notBefore(Broadcast broadcast, long customerId) {
        return jdbc.sql(
                        "SELECT not_before FROM email_message WHERE source_id = ? AND customer_id = ? AND source = 'BROADCAST'")
                .params(broadcast.id(), customerId)
                .query((rs, row) -> UtcColumns.read(rs, 1))
                .single();
    }
}
