package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.segment.internal.membership.SegmentStore;
import app.cairn.segment.internal.rules.RangeMembers;
import app.cairn.segment.internal.rules.RuleCompiler;
import app.cairn.testing.CairnTest;
import app.cairn.testing.Events;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild works its rule out before it writes; a change the real-time path commits in between (here: right
 * after the rule was worked out) is newer than the rebuild and stays.
 */
@CairnTest
class RebuildBesideRealTimeTest extends SegmentTestSupport {

    @Autowired
    SegmentStore store;

    @Autowired
    PlatformTransactionManager transactions;

    final ExecutorService realTime = Executors.newSingleThreadExecutor();
    SegmentFixtures shop;
    long customer;
    String vip;
    Segment vips;

    @AfterEach
    void stop() {
        realTime.shutdownNow();
    }

    @BeforeEach
    void fixture() {
        shop = newShop();
        customer = shop.customer("Rae", "DE", Instant.parse("2025-01-01T00:00:00Z"));
        vip = "vip-" + shop.tag;
        vips = segments.create(
                "VIPs " + shop.tag, null, shop.only(RuleCondition.of(RuleField.TAG, RuleOperator.IS, vip)));
    }

    @Test
    void anEntryMadeMeanwhileIsNotUndoneThoughTheRuleDidNotMatchYet() {
        MembershipChange change = rebuild(vips, () -> {
            customers.tag(customer, vip, "test");
            Events.awaitHandled(jdbcClient);
        });

        assertThat(membership.memberIds(vips.id(), 0, 10)).containsExactly(customer);
        assertThat(change.exited()).isZero();
    }

    @Test
    void anExitMadeMeanwhileIsNotUndoneThoughTheRuleStillMatched() {
        customers.tag(customer, vip, "test");
        Events.awaitHandled(jdbcClient);
        assertThat(membership.memberIds(vips.id(), 0, 10)).containsExactly(customer);

        MembershipChange change = rebuild(vips, () -> {
            customers.untag(customer, vip, "test");
            Events.awaitHandled(jdbcClient);
        });

        assertThat(membership.memberIds(vips.id(), 0, 10)).isEmpty();
        assertThat(change.entered()).isZero();
    }

    @Test
    void anEntryBothMakeIsWrittenOnceAndCountedByTheRealTimePath() {
        // saved after the customer matches (every fixture customer has the shop's tag), so nobody has worked
        // out their membership yet
        Segment everyone = segments.create(
                "Everyone " + shop.tag, null, shop.only(RuleCondition.of(RuleField.TAG, RuleOperator.IS, shop.tag)));

        MembershipChange change = rebuild(everyone, () -> reevaluation.reevaluate(customer, "profile"));

        assertThat(membership.memberIds(everyone.id(), 0, 10)).containsExactly(customer);
        assertThat(change.entered()).isZero();
        assertThat(change.members()).isOne();
    }

    /**
     * Rebuilds the segment over the one customer, as one part of a split rebuild, and has the real-time path
     * commit {@code meanwhile} on a thread of its own as soon as the part has been worked out.
     */
    private MembershipChange rebuild(Segment segment, Runnable meanwhile) {
        Instant now = Instant.now();
        RuleCompiler compiler = new RuleCompiler(now, id -> Optional.empty());
        RangeMembers part = new RangeMembers(customer, customer, compiler.members(segment.rule(), customer, customer));
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return transaction.execute(status -> store.replaceMembers(segment.id(), List.of(part), now, step -> {
            if (step == 2) {
                try {
                    realTime.submit(meanwhile).get();
                } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                }
            }
        }));
    }
}
