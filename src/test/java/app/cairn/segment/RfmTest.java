package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.commerce.OrderStatus;
import app.cairn.scoring.CustomerScoring;
import app.cairn.scoring.RfmCell;
import app.cairn.scoring.RfmSegment;
import app.cairn.testing.CairnTest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CairnTest
class RfmTest extends SegmentTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerScoring scoring;

    @Test
    void everyCellOfTheMapHasOneOfTheElevenNames() {
        Set<RfmSegment> named = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                named.add(RfmSegment.of(r, f));
            }
        }
        assertThat(named).containsExactlyInAnyOrder(RfmSegment.values());
        assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANT_LOSE_THEM);
        assertThat(RfmSegment.of(5, 1)).isEqualTo(RfmSegment.NEW_CUSTOMERS);
        assertThat(RfmSegment.of(1, 1)).isEqualTo(RfmSegment.LOST);
    }

    @Test
    void scoresQuintilesAndNamesTheSegmentsOfTheExtremes() {
        // the shared database holds other tests' orders too: these customers are beyond all of them
        SegmentFixtures shop = newShop();
        long champion = shop.customer("Rae", "DE", Instant.parse("2020-01-01T00:00:00Z"));
        for (int i = 0; i < 60; i++) {
            shop.order(
                    champion,
                    Instant.parse("2099-01-01T00:00:00Z").plus(Duration.ofDays(i)),
                    "20000.00",
                    OrderStatus.PAID);
        }
        long lost = shop.customer("Sol", "DE", Instant.parse("1990-01-01T00:00:00Z"));
        shop.order(lost, Instant.parse("1990-02-01T00:00:00Z"), "0.01", OrderStatus.DELIVERED);
        for (int i = 0; i < 8; i++) {
            // ordinary customers between the two, so that there are enough to score even in a database of its own
            long ordinary = shop.customer("Usa", "DE", Instant.parse("2020-01-01T00:00:00Z"));
            shop.order(
                    ordinary,
                    Instant.parse("2030-01-01T00:00:00Z").plus(Duration.ofDays(i)),
                    "50.00",
                    OrderStatus.PAID);
            shop.order(
                    ordinary,
                    Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(i)),
                    "50.00",
                    OrderStatus.PAID);
        }
        long cancelledOnly = shop.customer("Tom", "DE", Instant.parse("2020-01-01T00:00:00Z"));
        shop.order(cancelledOnly, Instant.parse("2099-01-01T00:00:00Z"), "99.00", OrderStatus.CANCELLED);

        int scored = scoring.scoreRfm();

        Map<Long, int[]> scores = jdbc.query("SELECT customer_id, r, f, m FROM customer_rfm", rs -> {
            Map<Long, int[]> all = new java.util.HashMap<>();
            while (rs.next()) {
                all.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
            }
            return all;
        });
        assertThat(scores).hasSize(scored).doesNotContainKey(cancelledOnly);
        assertThat(scores.get(champion)).containsExactly(5, 5, 5);
        assertThat(scores.get(lost)).containsExactly(1, 1, 1);
        Map<Integer, Set<Integer>> scoresByOrderCount = jdbc.query("SELECT orders, f FROM customer_rfm", rs -> {
            Map<Integer, Set<Integer>> all = new java.util.HashMap<>();
            while (rs.next()) {
                all.computeIfAbsent(rs.getInt(1), k -> new java.util.HashSet<>())
                        .add(rs.getInt(2));
            }
            return all;
        });
        assertThat(scoresByOrderCount.values())
                .as("customers with the same number of orders have the same F score")
                .allSatisfy(scoresOfOneCount -> assertThat(scoresOfOneCount).hasSize(1));
        List<RfmCell> map = scoring.rfmMap();
        assertThat(map).hasSize(25);
        assertThat(map.stream().mapToLong(RfmCell::customers).sum()).isEqualTo(scored);
        assertThat(membersOf(RfmSegment.CHAMPIONS, shop)).contains(champion).doesNotContain(lost);
        assertThat(membersOf(RfmSegment.LOST, shop)).contains(lost).doesNotContain(champion);
    }

    @Test
    void scoringAgainFollowsNewOrdersAndForgetsCustomersWithoutOrders() {
        SegmentFixtures shop = newShop();
        long buyer = shop.customer("Val", "DE", Instant.parse("2020-01-01T00:00:00Z"));
        shop.order(buyer, Instant.parse("2025-01-01T00:00:00Z"), "10.00", OrderStatus.PAID);
        scoring.scoreRfm();
        assertThat(storedOrders(buyer)).containsExactly(1);

        shop.order(buyer, Instant.parse("2025-02-01T00:00:00Z"), "15.00", OrderStatus.PAID);
        jdbc.update("DELETE FROM customer_order_figures WHERE customer_id = ?", buyer);
        scoring.scoreRfm();
        assertThat(storedOrders(buyer)).as("no figures, no score").isEmpty();

        shop.order(buyer, Instant.parse("2025-03-01T00:00:00Z"), "20.00", OrderStatus.PAID);
        scoring.scoreRfm();
        assertThat(storedOrders(buyer)).containsExactly(3);
    }

    private List<Integer> storedOrders(long customer) {
        return jdbc.queryForList("SELECT orders FROM customer_rfm WHERE customer_id = ?", Integer.class, customer);
    }

    private List<Long> membersOf(RfmSegment named, SegmentFixtures shop) {
        Segment segment = segments.create(
                named + " " + shop.tag,
                null,
                shop.only(RuleCondition.of(RuleField.RFM_SEGMENT, RuleOperator.IS, named.name())));
        segments.rebuild(segment.id());
        return membership.memberIds(segment.id(), 0, 10);
    }
}
