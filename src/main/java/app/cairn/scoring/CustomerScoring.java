package app.cairn.scoring;

import app.cairn.shared.RefusedException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * RFM scores and clusters: worked out nightly ({@link ScoringSchedule}) and on request, and read for the RFM map,
 * the clusters page and the customer page.
 */
@Service
@Transactional
public class CustomerScoring {

    private final RfmScoring rfm;
    private final CustomerClustering clustering;
    private final ScoreReads reads;
    private final Clock clock;

    CustomerScoring(RfmScoring rfm, CustomerClustering clustering, ScoreReads reads, Clock clock) {
        this.rfm = rfm;
        this.clustering = clustering;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * Works out every customer's RFM scores and named segment again, in one transaction; answers how many
     * customers have orders and so scores. The clusters, worked out from the old scores, are cleared: see
     * {@link #scoreCustomers()}.
     */
    public int scoreRfm() {
        int scored = rfm.score(clock.instant());
        rfm.clearClusters();
        return scored;
    }

    /**
     * Works out RFM scores and then clusters, in one transaction, so that the two always agree (nightly, and on
     * request). With fewer than {@value CustomerClustering#MIN_CUSTOMERS} customers with orders there are
     * scores but no clusters.
     *
     * @return how many customers were scored
     */
    public int scoreCustomers() {
        int scored = rfm.score(clock.instant());
        if (scored >= CustomerClustering.MIN_CUSTOMERS) {
            clustering.cluster(clock.instant());
        } else {
            rfm.clearClusters();
        }
        return scored;
    }

    /**
     * Clusters the customers with orders again from their current RFM scores: k-means on their standardised
     * figures, k from 2 to 8 (settings {@code cairn.segments.clusters.min-k} and {@code max-k}) chosen by
     * silhouette.
     *
     * @throws RefusedException when fewer than {@value CustomerClustering#MIN_CUSTOMERS} customers are scored
     */
    public Clustering findClusters() {
        long scored = clustering.scored();
        if (scored < CustomerClustering.MIN_CUSTOMERS) {
            throw new RefusedException("segment.clusters.too-few", scored, CustomerClustering.MIN_CUSTOMERS);
        }
        return clustering.cluster(clock.instant());
    }

    /** The last clustering; none when the customers were scored again since, until they are clustered again. */
    @Transactional(readOnly = true)
    public Optional<Clustering> clustering() {
        return clustering.last();
    }

    /** The numbers of the last clustering's clusters; empty when there is none. */
    @Transactional(readOnly = true)
    public List<Integer> clusterNumbers() {
        return clustering.numbers();
    }

    /** The R×F map of the last scoring: the 25 cells, empty ones included, R from 5 down, F from 1 up. */
    @Transactional(readOnly = true)
    public List<RfmCell> rfmMap() {
        return reads.rfmMap();
    }

    /** A page of the customers in one cell of the R×F map, highest spend first. */
    @Transactional(readOnly = true)
    public List<Long> rfmCustomers(int r, int f, int offset, int limit) {
        return reads.rfmCustomers(r, f, offset, limit);
    }
}
