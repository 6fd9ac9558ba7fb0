package app.cairn.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The last clustering of the customers with orders.
 *
 * @param computedAt when it was worked out
 * @param customers how many customers were clustered
 * @param k the number of clusters, the candidate with the best silhouette
 * @param silhouette the mean silhouette of the clusters (−1 to 1; above 0.5 the clusters are well apart)
 * @param candidates each candidate number of clusters with its silhouette, in order
 * @param clusters the clusters, highest mean spend first
 */
public record Clustering(
        Instant computedAt,
        long customers,
        int k,
        double silhouette,
        Map<Integer, Double> candidates,
        List<CustomerCluster> clusters) {}
