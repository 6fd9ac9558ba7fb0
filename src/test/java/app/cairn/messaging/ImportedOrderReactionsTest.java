package app.cairn.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.cairn.imports.ImportFixtures;
import app.cairn.imports.ImportKind;
import app.cairn.imports.ImportRun;
import app.cairn.imports.ImportService;
import app.cairn.imports.ImportStatus;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Orders that come in through a CSV import get the reactions orders from the API get. */
@CairnTest
class ImportedOrderReactionsTest extends MessagingTestSupport {

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    ImportService imports;

    @Test
    void anImportedOrderConvertsTheBroadcastAndMovesItsCustomerIntoASegmentAtOnce() throws Exception {
        long ada = fixtures.subscriber("Ada");
        String vip = "vip-" + fixtures.tag;
        customers.tag(ada, vip, "tester");
        Segment spenders = segments.create(
                "Spenders " + fixtures.tag,
                null,
                RuleGroup.all(
                        RuleCondition.of(RuleField.TAG, RuleOperator.IS, vip),
                        RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "50")));
        Events.awaitHandled(jdbc);
        segments.rebuild(spenders.id());
        Broadcast broadcast = broadcasts.create(
                new NewBroadcast(
                        "Imported " + fixtures.tag,
                        fixtures.greeting().id(),
                        fixtures.list(List.of(ada)).id(),
                        null,
                        3),
                "tester");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> broadcasts.report(broadcast.id()).sent() == 1);
        Instant placed = clock.instant().plus(Duration.ofDays(1));
        clock.advance(Duration.ofDays(2));

        ImportRun run = ImportFixtures.run(
                imports,
                ImportKind.ORDERS,
                ImportFixtures.file(
                        """
                        Invoice,StockCode,Description,Quantity,InvoiceDate,Price,Email
                        IMP-%1$s,LAMP,DESK LAMP,2,%2$s,40.00,%3$s
                        """.formatted(
                                fixtures.tag, CSV_TIME.format(placed.atOffset(ZoneOffset.UTC)), fixtures.email(ada)),
                        StandardCharsets.UTF_8),
                settings -> settings.withOrderDefaults("UTC", "EUR", "C"),
                false);
        Events.awaitHandled(jdbc);

        assertThat(run.status()).isEqualTo(ImportStatus.IMPORTED);
        assertThat(run.created()).isEqualTo(1);
        assertThat(broadcasts.report(broadcast.id()).converted()).isEqualTo(1);
        assertThat(broadcasts.report(broadcast.id()).revenue().get("EUR")).isEqualByComparingTo("80.00");
        assertThat(membership.memberIds(spenders.id(), 0, 10))
                .as("without waiting for the next rebuild")
                .containsExactly(ada);
    }
}
