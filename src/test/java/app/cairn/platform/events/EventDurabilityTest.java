package app.cairn.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.CommerceManagement;
import app.cairn.commerce.OrderData;
import app.cairn.commerce.OrderLineData;
import app.cairn.commerce.OrderStatus;
import app.cairn.customer.CustomerFixtures;
import app.cairn.customer.CustomerManagement;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleGroup;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentLists;
import app.cairn.segment.SegmentManagement;
import app.cairn.segment.SegmentMembership;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A reaction to an event is not lost when the node dies after the publishing transaction committed and before the
 * reaction ran: the publication is in the database with the order, and resubmission hands it over again.
 */
@CairnTest
class EventDurabilityTest {

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    SegmentMembership membership;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    ThreadPoolTaskExecutor applicationTaskExecutor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOrderWhoseReactionsDiedWithTheNodeMovesItsCustomerIntoTheSegmentWhenResubmitted() throws Exception {
        String tag = "durable-" + UUID.randomUUID().toString().substring(0, 8);
        long buyer = customers.create(CustomerFixtures.tester("Dora", "Europe/Berlin", null), null, "test");
        customers.tag(buyer, tag, "test");
        Segment spenders = segments.create(
                "Spenders " + tag,
                null,
                RuleGroup.all(
                        RuleCondition.of(RuleField.TAG, RuleOperator.IS, tag),
                        RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.GREATER_THAN, "50")));
        Events.awaitHandled(jdbc);
        segments.rebuild(spenders.id());
        long before = incompletePublications();

        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(applicationTaskExecutor.getCorePoolSize());
        for (int i = 0; i < applicationTaskExecutor.getCorePoolSize(); i++) {
            applicationTaskExecutor.execute(() -> {
                busy.countDown();
                awaitQuietly(release);
            });
        }
        busy.await();
        commerce.recordOrder(new OrderData(
                "DUR-" + UUID.randomUUID(),
                buyer,
                Instant.parse("2026-01-10T10:00:00Z"),
                OrderStatus.PAID,
                "EUR",
                List.of(new OrderLineData("DUR-SKU", "Durable thing", 1, new BigDecimal("80.00")))));
        // the node dies: the reactions waiting for a thread are gone with its memory
        int lost = applicationTaskExecutor.getThreadPoolExecutor().getQueue().size();
        applicationTaskExecutor.getThreadPoolExecutor().getQueue().clear();
        release.countDown();

        assertThat(lost)
                .as("the order's reactions were waiting when the node died")
                .isPositive();
        assertThat(incompletePublications() - before)
                .as("kept with the order's transaction")
                .isEqualTo(lost);
        assertThat(membership.memberIds(spenders.id(), 0, 10)).isEmpty();

        resubmission.resubmit();
        Events.awaitHandled(jdbc);

        assertThat(membership.memberIds(spenders.id(), 0, 10)).containsExactly(buyer);
        assertThat(incompletePublications()).isLessThanOrEqualTo(before);
    }

    private long incompletePublications() {
        return jdbc.sql("SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL")
                .query(Long.class)
                .single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
