package app.cairn.scoring;

import app.cairn.shared.UtcColumns;
import app.cairn.shared.jdbc.BulkInsert;
import app.cairn.shared.jdbc.StreamingReads;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Clusters the customers scored by RFM on their {@link ClusterFeatures} with k-means, k chosen by silhouette
 * ({@link KMeansFit}), and keeps each customer's cluster beside the scores, with each cluster's typical figures
 * and {@link ClusterTrait words}. Clusters are numbered by mean spend, highest first.
 */
@Component
class CustomerClustering {

    /** Fewer customers than this give no clusters worth the name. */
    static final int MIN_CUSTOMERS = 20;

    private static final long SEED = 20_260_101L;
    private static final int WRITE_BATCH = 50_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final BulkInsert bulk;
    private final int minK;
    private final int maxK;

    CustomerClustering(
            JdbcTemplate jdbc,
            DataSource dataSource,
            BulkInsert bulk,
            @Value("${cairn.segments.clusters.min-k}") int minK,
            @Value("${cairn.segments.clusters.max-k}") int maxK) {
        this.jdbc = jdbc;
        this.streaming = StreamingReads.template(dataSource);
        this.bulk = bulk;
        this.minK = minK;
        this.maxK = maxK;
    }

    /** How many customers there are to cluster: those scored by the last RFM run. */
    long scored() {
        Long scored = jdbc.queryForObject("SELECT COUNT(*) FROM customer_rfm", Long.class);
        return scored == null ? 0 : scored;
    }

    /**
     * Clusters the customers in the caller's transaction, replacing the last clustering.
     *
     * @throws IllegalStateException when fewer than {@value #MIN_CUSTOMERS} customers are scored
     */
    Clustering cluster(Instant now) {
        int count = (int) scored();
        if (count < MIN_CUSTOMERS) {
            throw new IllegalStateException(count + " customers with orders; clusters need " + MIN_CUSTOMERS);
        }
        ClusterFeatures features = new ClusterFeatures(count);
        streaming.query("SELECT customer_id, first_order_at, last_order_at, orders, spend FROM customer_rfm", rs -> {
            if (features.size() < count) {
                features.add(
                        rs.getLong(1),
                        rs.getObject(2, java.time.LocalDateTime.class),
                        rs.getObject(3, java.time.LocalDateTime.class),
                        rs.getInt(4),
                        rs.getDouble(5),
                        now);
            }
        });
        KMeansFit.Result fit = new KMeansFit(SEED, Runtime.getRuntime().availableProcessors())
                .fit(features.standardised(), minK, Math.min(maxK, features.size() - 1));
        int[] number = numberBySpend(features, fit);
        writeAssignments(features, fit.labels(), number);
        writeClusters(fit, number, now);
        String candidates = fit.candidates().entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue())
                .collect(Collectors.joining(","));
        jdbc.update("DELETE FROM customer_clustering");
        jdbc.update(
                "INSERT INTO customer_clustering (id, computed_at, customers, k, silhouette, candidates) VALUES (1, ?, ?, ?, ?, ?)",
                UtcColumns.toColumn(now),
                features.size(),
                fit.k(),
                fit.silhouette(),
                candidates);
        return last().orElseThrow();
    }

    /** The last clustering, if the customers have been clustered since they were last scored. */
    Optional<Clustering> last() {
        List<Clustering> found = jdbc.query(
                "SELECT computed_at, customers, k, silhouette, candidates FROM customer_clustering WHERE id = 1",
                (rs, n) -> new Clustering(
                        UtcColumns.read(rs, 1),
                        rs.getLong(2),
                        rs.getInt(3),
                        rs.getDouble(4),
                        candidates(rs.getString(5)),
                        clusters()));
        return found.stream().findFirst();
    }

    /** The numbers of the clusters of the last clustering. */
    List<Integer> numbers() {
        return jdbc.queryForList("SELECT cluster FROM customer_cluster ORDER BY cluster", Integer.class);
    }

    private List<CustomerCluster> clusters() {
        return jdbc.query(
                """
                SELECT cluster, customers, recency_days, orders, spend, average_order, tenure_days, traits
                FROM customer_cluster ORDER BY cluster""",
                (rs, n) -> new CustomerCluster(
                        rs.getInt(1),
                        rs.getLong(2),
                        rs.getDouble(3),
                        rs.getDouble(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6),
                        rs.getDouble(7),
                        java.util.Arrays.stream(rs.getString(8).split(","))
                                .map(ClusterTrait::valueOf)
                                .toList()));
    }

    /** Each label's cluster number: 1 for the highest mean spend (in the log figures), and so on. */
    private static int[] numberBySpend(ClusterFeatures features, KMeansFit.Result fit) {
        double[] centreSpend = new double[fit.k()];
        for (int c = 0; c < fit.k(); c++) {
            centreSpend[c] = fit.centroids()[c][ClusterFeatures.SPEND];
        }
        int[] byRank = IntStream.range(0, fit.k())
                .boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -centreSpend[c]))
                .mapToInt(Integer::intValue)
                .toArray();
        int[] number = new int[fit.k()];
        for (int rank = 0; rank < byRank.length; rank++) {
            number[byRank[rank]] = rank + 1;
        }
        return number;
    }

    private void writeAssignments(ClusterFeatures features, int[] labels, int[] number) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE IF NOT EXISTS cluster_assignment (
                    customer_id BIGINT NOT NULL PRIMARY KEY, cluster TINYINT NOT NULL)""");
        try {
            jdbc.update("DELETE FROM cluster_assignment");
            List<Object[]> rows = new ArrayList<>(WRITE_BATCH);
            for (int i = 0; i < features.size(); i++) {
                rows.add(new Object[] {features.id(i), number[labels[i]]});
                if (rows.size() == WRITE_BATCH || i == features.size() - 1) {
                    bulk.insert("cluster_assignment", List.of("customer_id", "cluster"), rows);
                    rows.clear();
                }
            }
            // every scored customer was read above, in this transaction, and so gets a cluster here
            jdbc.update("""
                    UPDATE customer_rfm q JOIN cluster_assignment a ON a.customer_id = q.customer_id
                    SET q.cluster = a.cluster""");
        } finally {
            jdbc.execute("DROP TEMPORARY TABLE IF EXISTS cluster_assignment");
        }
    }

    private void writeClusters(KMeansFit.Result fit, int[] number, Instant now) {
        var at = UtcColumns.toColumn(now);
        jdbc.update("DELETE FROM customer_cluster");
        jdbc.update("""
                INSERT INTO customer_cluster
                    (cluster, customers, recency_days, orders, spend, average_order, tenure_days, traits)
                SELECT cluster, COUNT(*),
                    AVG(GREATEST(0, TIMESTAMPDIFF(SECOND, last_order_at, ?)) / 86400),
                    AVG(orders), AVG(spend), AVG(spend / orders),
                    AVG(GREATEST(0, TIMESTAMPDIFF(SECOND, COALESCE(first_order_at, last_order_at), ?)) / 86400),
                    ''
                FROM customer_rfm WHERE cluster IS NOT NULL GROUP BY cluster""", at, at);
        List<Object[]> traits = new ArrayList<>();
        for (int c = 0; c < fit.k(); c++) {
            traits.add(new Object[] {
                ClusterTrait.of(fit.centroids()[c]).stream().map(Enum::name).collect(Collectors.joining(",")), number[c]
            });
        }
        jdbc.batchUpdate("UPDATE customer_cluster SET traits = ? WHERE cluster = ?", traits);
    }

    private static Map<Integer, Double> candidates(String text) {
        Map<Integer, Double> candidates = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            String[] parts = pair.split(":");
            candidates.put(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]));
        }
        return candidates;
    }
}
