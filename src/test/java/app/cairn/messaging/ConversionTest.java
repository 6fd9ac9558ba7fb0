package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CairnTest
class ConversionTest extends MessagingTestSupport {

    @Autowired
    CommerceManagement commerce;

    @Test
    void anOrderWithinTheWindowAfterTheMessageCountsAsItsConversionAndOneAfterItDoesNot() {
        long ada = fixtures.subscriber("Ada");
        long bo = fixtures.subscriber("Bo");
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Convert " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada, bo)).id(),
                        null,
                        3),
                "tester");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> broadcasts.report(broadcast.id()).sent() == 2);
        Instant sent = clock.instant();

        order(ada, sent.plus(Duration.ofDays(2)), "59.90");
        order(bo, sent.plus(Duration.ofDays(4)), "20.00");
        Events.awaitHandled(jdbc);

        BroadcastReport report = broadcasts.report(broadcast.id());
        assertThat(report.converted()).isEqualTo(1);
        assertThat(report.revenue()).containsOnlyKeys("EUR");
        assertThat(report.revenue().get("EUR")).isEqualByComparingTo("59.90");
        assertThat(report.rate(report.converted())).isEqualTo(0.5);
    }

    private void order(long customerId, Instant at, String total) {
        commerce.recordOrder(new OrderData(
                "CONV-" + fixtures.tag + "-" + customerId,
                customerId,
                at,
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("CONV-SKU", "Scarf", 1, new BigDecimal(total)))));
    }
}
