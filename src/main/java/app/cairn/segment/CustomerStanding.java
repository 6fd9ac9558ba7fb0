package app.cairn.segment;

import java.util.List;

/**
 * Where one customer stands in the segment module: RFM scores, cluster and the segments they are in.
 *
 * @param rfm the scores and named cell, or null when the customer was not scored (no orders, or not yet)
 * @param cluster the cluster number, or null when the customer is in none
 * @param clusterTraits the plain words of the customer's cluster; empty without one
 * @param segments the segments the customer is a member of now, by name
 */
public record CustomerStanding(Rfm rfm, Integer cluster, List<ClusterTrait> clusterTraits, List<String> segments) {

    public CustomerStanding {
        clusterTraits = List.copyOf(clusterTraits);
        segments = List.copyOf(segments);
    }

    /** A customer's recency, frequency and monetary scores (1 to 5) and the named cell of R and F. */
    public record Rfm(int r, int f, int m, RfmSegment segment) {}
}
