package app.cairn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KMeansFitTest {

    @Test
    void silhouetteOfTwoTightPairsFarApartIsNearOne() {
        double[][] points = {{0}, {1}, {10}, {11}};
        // points 0 and 11: a = 1, b = (10 + 11) / 2 = 10.5; points 1 and 10: a = 1, b = (9 + 10) / 2 = 9.5
        double expected = ((1 - 1 / 10.5) + (1 - 1 / 9.5)) / 2;

        assertThat(Silhouette.of(points, new int[] {0, 0, 1, 1}, 2)).isCloseTo(expected, within(1e-12));
        assertThat(Silhouette.of(points, new int[] {0, 1, 0, 1}, 2)).isNegative();
    }

    @Test
    void choosesTheNumberOfBlobsAndPutsEachBlobInOneCluster() {
        double[][] centres = {{-4, -4, 0}, {4, -4, 0}, {0, 4, 2}};
        SplittableRandom random = new SplittableRandom(7);
        double[][] points = new double[900][];
        int[] blob = new int[900];
        for (int i = 0; i < points.length; i++) {
            blob[i] = i % 3;
            points[i] = Arrays.stream(centres[blob[i]])
                    .map(c -> c + random.nextDouble(-1, 1))
                    .toArray();
        }

        KMeansFit.Result result = new KMeansFit(11, 2).fit(points, 2, 6);

        assertThat(result.k()).isEqualTo(3);
        assertThat(result.candidates()).containsOnlyKeys(2, 3, 4, 5, 6);
        assertThat(result.silhouette()).isGreaterThan(0.7);
        for (int b = 0; b < 3; b++) {
            int label = -1;
            for (int i = 0; i < points.length; i++) {
                if (blob[i] == b) {
                    label = label < 0 ? result.labels()[i] : label;
                    assertThat(result.labels()[i])
                            .as("point %d of blob %d", i, b)
                            .isEqualTo(label);
                }
            }
        }
    }

    @Test
    void refiningMovesEachCentreToTheMeanOfItsPoints() {
        double[][] points = {{0, 0}, {2, 0}, {10, 10}, {12, 10}};

        double[][] centres = KMeansFit.refine(points, new double[][] {{1, 1}, {9, 9}});

        assertThat(centres[0]).containsExactly(1, 0);
        assertThat(centres[1]).containsExactly(11, 10);
    }

    @Test
    void moreCustomersThanTheFitSampleAreClusteredFromTheSampleAndRefined() {
        SplittableRandom random = new SplittableRandom(5);
        int n = KMeansFit.FIT_SAMPLE + 5_000;
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            double centre = i % 2 == 0 ? -5 : 5;
            points[i] = new double[] {centre + random.nextGaussian(), random.nextGaussian()};
        }

        KMeansFit.Result result = new KMeansFit(3, 2).fit(points, 2, 3);

        assertThat(result.k()).isEqualTo(2);
        assertThat(result.labels()).hasSize(n);
        assertThat(result.labels()[0]).isNotEqualTo(result.labels()[1]);
        double[] xs = java.util.Arrays.stream(result.centroids())
                .mapToDouble(c -> c[0])
                .sorted()
                .toArray();
        assertThat(xs[0]).isCloseTo(-5, within(0.1));
        assertThat(xs[1]).isCloseTo(5, within(0.1));
    }

    @Test
    void theSameSeedGivesTheSameClusters() {
        SplittableRandom random = new SplittableRandom(3);
        double[][] points = new double[500][];
        Arrays.setAll(points, i -> new double[] {random.nextGaussian(), random.nextGaussian()});

        assertThat(new KMeansFit(5, 2).fit(points, 2, 4).labels())
                .containsExactly(new KMeansFit(5, 2).fit(points, 2, 4).labels());
    }
}
