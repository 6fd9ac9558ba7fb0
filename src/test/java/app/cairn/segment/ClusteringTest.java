package app.cairn.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.commerce.OrderStatus;
import app.cairn.scoring.Clustering;
import app.cairn.scoring.CustomerCluster;
import app.cairn.scoring.CustomerScoring;
import app.cairn.shared.RefusedException;
import app.cairn.testing.CairnTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@CairnTest
class ClusteringTest extends SegmentTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerScoring scoring;

    @Autowired
    Clock clock;

    @Test
    void loyalCustomersShareAClusterDescribedInWordsThatCanBeSavedAsASegment() {
        SegmentFixtures shop = newShop();
        Instant now = clock.instant();
        // customers with the same figures are the same point, so each group must land in one cluster; the groups
        // are large enough to outweigh the customers other tests leave in the shared database, which the
        // clustering reads too (25 each were not: a few one-order customers from another test could tip k)
        List<Long> loyal = new ArrayList<>();
        List<Long> lapsed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long customer = shop.customer("Loyal", "DE", now.minus(Duration.ofDays(800)));
            for (int order = 0; order < 6; order++) {
                shop.order(customer, now.minus(Duration.ofDays(1 + 60L * order)), "600.00", OrderStatus.PAID);
            }
            loyal.add(customer);
            long gone = shop.customer("Gone", "DE", now.minus(Duration.ofDays(1000)));
            shop.order(gone, now.minus(Duration.ofDays(900)), "9.00", OrderStatus.DELIVERED);
            lapsed.add(gone);
        }

        scoring.scoreCustomers();

        Clustering clustering = scoring.clustering().orElseThrow();
        assertThat(clustering.k()).isBetween(2, 8);
        assertThat(clustering.candidates()).containsKey(clustering.k());
        assertThat(clustering.silhouette())
                .isEqualTo(
                        clustering.candidates().values().stream()
                                .mapToDouble(Double::doubleValue)
                                .max()
                                .orElseThrow(),
                        org.assertj.core.api.Assertions.within(1e-9));
        assertThat(clustering.clusters()).hasSize(clustering.k());
        assertThat(clustering.clusters().stream()
                        .mapToLong(CustomerCluster::customers)
                        .sum())
                .isEqualTo(clustering.customers());
        int loyalCluster = onlyClusterOf(loyal);
        assertThat(onlyClusterOf(lapsed)).isNotEqualTo(loyalCluster);
        CustomerCluster described = cluster(clustering, loyalCluster);
        CustomerCluster gone = cluster(clustering, onlyClusterOf(lapsed));
        // the words depend on every customer in the shared database (other tests' extremes included), so they
        // are checked on known centres below; here, the two groups' clusters compare as the groups do
        assertThat(described.spend()).isGreaterThan(gone.spend());
        assertThat(described.recencyDays()).isLessThan(gone.recencyDays());
        assertThat(described.number()).as("numbered by mean spend").isLessThan(gone.number());

        Segment saved = segments.saveCluster(loyalCluster, "Cluster " + shop.tag, null);
        assertThat(saved.isStatic()).isTrue();
        assertThat(saved.members()).isEqualTo(described.customers());
        assertThat(membership.memberIds(saved.id(), 0, Integer.MAX_VALUE)).containsAll(loyal);

        SegmentRule inCluster =
                shop.only(RuleCondition.of(RuleField.CLUSTER, RuleOperator.IS, String.valueOf(loyalCluster)));
        assertThat(segments.count(inCluster, null)).isEqualTo(loyal.size());
    }

    @Test
    void aClusterConditionTakesClusterNumbersAndAnUnknownClusterCannotBeSaved() {
        assertThat(segments.check(RuleCondition.of(RuleField.CLUSTER, RuleOperator.IS, "best"), null))
                .extracting(RuleProblem::messageKey)
                .containsExactly("segment.rule.value-type");
        assertThatThrownBy(() -> segments.saveCluster(99, "No such cluster", null))
                .isInstanceOf(RefusedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "segment.cluster-unknown");
    }

    private static CustomerCluster cluster(Clustering clustering, int number) {
        return clustering.clusters().stream()
                .filter(c -> c.number() == number)
                .findFirst()
                .orElseThrow();
    }

    private int onlyClusterOf(List<Long> ids) {
        String in = String.join(",", ids.stream().map(String::valueOf).toList());
        List<Integer> clusters = jdbc.queryForList(
                "SELECT DISTINCT cluster FROM customer_rfm WHERE customer_id IN (" + in + ")", Integer.class);
        assertThat(clusters).hasSize(1).doesNotContainNull();
        return clusters.getFirst();
    }
}
