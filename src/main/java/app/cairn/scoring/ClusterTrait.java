package app.cairn.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain word for how a cluster's centre stands against all customers: each figure half a standard deviation or
 * more from the mean (on the log scale the clusters are found on) earns one word, read in the order recency,
 * frequency, spend, basket size, tenure, e.g. "recent, frequent, high spend".
 */
public enum ClusterTrait {
    RECENT,
    LAPSED,
    FREQUENT,
    INFREQUENT,
    HIGH_SPEND,
    LOW_SPEND,
    LARGE_BASKETS,
    SMALL_BASKETS,
    LONG_STANDING,
    NEW,
    /** No figure stands out. */
    AVERAGE;

    /** How far from the mean, in standard deviations, a figure must be to earn a word. */
    static final double MARKED = 0.5;

    /**
     * The words for a centre.
     *
     * @param centre the standardised centre, in {@link ClusterFeatures}' order
     */
    static List<ClusterTrait> of(double[] centre) {
        List<ClusterTrait> traits = new ArrayList<>();
        // a low number of days since the last order is recent
        word(traits, -centre[ClusterFeatures.RECENCY], RECENT, LAPSED);
        word(traits, centre[ClusterFeatures.ORDERS], FREQUENT, INFREQUENT);
        word(traits, centre[ClusterFeatures.SPEND], HIGH_SPEND, LOW_SPEND);
        word(traits, centre[ClusterFeatures.AVERAGE_ORDER], LARGE_BASKETS, SMALL_BASKETS);
        word(traits, centre[ClusterFeatures.TENURE], LONG_STANDING, NEW);
        return traits.isEmpty() ? List.of(AVERAGE) : traits;
    }

    private static void word(List<ClusterTrait> traits, double z, ClusterTrait high, ClusterTrait low) {
        if (z >= MARKED) {
            traits.add(high);
        } else if (z <= -MARKED) {
            traits.add(low);
        }
    }
}
