package app.cairn.scoring;

import java.util.List;

/**
 * Where one customer stands: RFM scores and cluster.
 *
 * @param rfm the scores and named cell, or null when the customer was not scored (no orders, or not yet)
 * @param cluster the cluster number, or null when the customer is in none
 * @param clusterTraits the plain words of the customer's cluster; empty without one
 */
public record CustomerStanding(Rfm rfm, Integer cluster, List<ClusterTrait> clusterTraits) {

    public CustomerStanding {
        clusterTraits = List.copyOf(clusterTraits);
    }

    /** A customer's recency, frequency and monetary scores (1 to 5) and the named cell of R and F. */
    public record Rfm(int r, int f, int m, RfmSegment segment) {}
}
