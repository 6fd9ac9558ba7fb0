package app.cairn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How scores and cluster words are worked out from figures, without a database. */
class ScoreWordsTest {

    @Test
    void aCentreIsDescribedByTheFiguresHalfAStandardDeviationOrMoreFromTheMean() {
        double[] centre = new double[ClusterFeatures.DIMENSIONS];
        centre[ClusterFeatures.RECENCY] = -1.2;
        centre[ClusterFeatures.ORDERS] = 0.8;
        centre[ClusterFeatures.SPEND] = 0.49;
        centre[ClusterFeatures.AVERAGE_ORDER] = -0.5;
        centre[ClusterFeatures.TENURE] = 2;

        assertThat(ClusterTrait.of(centre))
                .containsExactly(
                        ClusterTrait.RECENT,
                        ClusterTrait.FREQUENT,
                        ClusterTrait.SMALL_BASKETS,
                        ClusterTrait.LONG_STANDING);
        assertThat(ClusterTrait.of(new double[ClusterFeatures.DIMENSIONS])).containsExactly(ClusterTrait.AVERAGE);
    }

    @Test
    void scoresArePercentRankQuintilesWithTiesScoredAlike() {
        assertThat(RfmScoring.scores(new double[] {10, 20, 20, 30, 40, 50})).containsExactly(1, 2, 2, 4, 5, 5);
        assertThat(RfmScoring.scores(new double[] {50, 10})).containsExactly(5, 1);
        assertThat(RfmScoring.scores(new double[] {7})).containsExactly(1);
    }
}
