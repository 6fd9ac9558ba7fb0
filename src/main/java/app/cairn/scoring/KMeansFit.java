package app.cairn.scoring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.tribuo.Feature;
import org.tribuo.MutableDataset;
import org.tribuo.clustering.ClusteringFactory;
import org.tribuo.clustering.kmeans.KMeansModel;
import org.tribuo.clustering.kmeans.KMeansTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.distance.L2Distance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * k-means (Tribuo, k-means++ start) with k chosen by the silhouette: each candidate k is fitted on a random sample
 * and its silhouette measured on a smaller one (the silhouette costs n² distances); the chosen clusters are then
 * refined on all points by Lloyd's iterations from the sample's centres. The refinement is written here because
 * Tribuo's trainer cannot start from given centres, and a fresh fit on all points may settle in another local
 * optimum than the one whose silhouette was measured. The same seed gives the same clusters.
 */
final class KMeansFit {

    /** Points each candidate k is fitted on. */
    static final int FIT_SAMPLE = 20_000;
    /** Points the silhouette is measured on. */
    static final int SILHOUETTE_SAMPLE = 2_000;

    private static final int ITERATIONS = 60;

    /**
     * The chosen clustering.
     *
     * @param k the number of clusters
     * @param silhouette the chosen clustering's mean silhouette on the sample
     * @param candidates each candidate k's silhouette, in k order
     * @param centroids each cluster's centre, in the points' space
     * @param labels each point's cluster, 0 to k − 1
     */
    record Result(int k, double silhouette, Map<Integer, Double> candidates, double[][] centroids, int[] labels) {}

    private final long seed;
    private final int threads;

    KMeansFit(long seed, int threads) {
        this.seed = seed;
        this.threads = threads;
    }

    /**
     * Clusters the points.
     *
     * @param points at least {@code minK + 1} points, all of one dimension, standardised
     * @param minK the fewest clusters to try, at least 2
     * @param maxK the most clusters to try
     */
    Result fit(double[][] points, int minK, int maxK) {
        int n = points.length;
        if (minK < 2 || maxK < minK || n <= minK) {
            throw new IllegalArgumentException("Cannot find " + minK + "–" + maxK + " clusters in " + n + " points");
        }
        int[] order = shuffled(n);
        double[][] fitSample = pick(points, order, Math.min(n, FIT_SAMPLE));
        double[][] silhouetteSample = pick(points, order, Math.min(n, SILHOUETTE_SAMPLE));
        Map<Integer, Double> candidates = new LinkedHashMap<>();
        int bestK = minK;
        double[][] bestCentroids = null;
        for (int k = minK; k <= Math.min(maxK, n - 1); k++) {
            double[][] centroids = centroids(fitSample, k);
            double silhouette = Silhouette.of(silhouetteSample, nearest(silhouetteSample, centroids), k);
            candidates.put(k, silhouette);
            if (bestCentroids == null || silhouette > candidates.get(bestK)) {
                bestK = k;
                bestCentroids = centroids;
            }
        }
        double[][] centroids = n > fitSample.length ? refine(points, bestCentroids) : bestCentroids;
        int[] labels = nearest(points, centroids);
        double silhouette = Silhouette.of(silhouetteSample, nearest(silhouetteSample, centroids), bestK);
        return new Result(bestK, silhouette, candidates, centroids, labels);
    }

    /**
     * Lloyd's iterations on all points from the given centres: assign each point to its nearest centre, move each
     * centre to the mean of its points, until no point changes cluster (or {@value #ITERATIONS} rounds). A centre
     * left without points stays where it was.
     */
    static double[][] refine(double[][] points, double[][] start) {
        int k = start.length;
        int dimensions = start[0].length;
        double[][] centroids = new double[k][];
        for (int c = 0; c < k; c++) {
            centroids[c] = start[c].clone();
        }
        int[] labels = nearest(points, centroids);
        for (int round = 0; round < ITERATIONS; round++) {
            double[][] sums = new double[k][dimensions];
            int[] counts = new int[k];
            for (int i = 0; i < points.length; i++) {
                counts[labels[i]]++;
                for (int d = 0; d < dimensions; d++) {
                    sums[labels[i]][d] += points[i][d];
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    for (int d = 0; d < dimensions; d++) {
                        centroids[c][d] = sums[c][d] / counts[c];
                    }
                }
            }
            int[] next = nearest(points, centroids);
            if (java.util.Arrays.equals(next, labels)) {
                break;
            }
            labels = next;
        }
        return centroids;
    }

    /** Each point's nearest centre. */
    static int[] nearest(double[][] points, double[][] centroids) {
        int[] labels = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < centroids.length; c++) {
                double d = squaredDistance(points[i], centroids[c]);
                if (d < best) {
                    best = d;
                    labels[i] = c;
                }
            }
        }
        return labels;
    }

    private double[][] centroids(double[][] points, int k) {
        int dimensions = points[0].length;
        String[] names = new String[dimensions];
        for (int d = 0; d < dimensions; d++) {
            // zero-padded, as Tribuo orders features by name
            names[d] = "x%02d".formatted(d);
        }
        var factory = new ClusteringFactory();
        var data = new MutableDataset<>(new SimpleDataSourceProvenance("customer figures", factory), factory);
        for (double[] point : points) {
            data.add(new ArrayExample<>(ClusteringFactory.UNASSIGNED_CLUSTER_ID, names, point));
        }
        KMeansTrainer trainer = new KMeansTrainer(
                k, ITERATIONS, new L2Distance(), KMeansTrainer.Initialisation.PLUSPLUS, threads, seed);
        KMeansModel model = trainer.train(data);
        List<List<Feature>> found = model.getCentroids();
        double[][] centroids = new double[found.size()][dimensions];
        for (int c = 0; c < found.size(); c++) {
            for (Feature feature : found.get(c)) {
                centroids[c][Integer.parseInt(feature.getName().substring(1))] = feature.getValue();
            }
        }
        return centroids;
    }

    private int[] shuffled(int n) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static double[][] pick(double[][] points, int[] order, int size) {
        double[][] sample = new double[size][];
        for (int i = 0; i < size; i++) {
            sample[i] = points[order[i]];
        }
        return sample;
    }

    static double squaredDistance(double[] x, double[] y) {
        double sum = 0;
        for (int d = 0; d < x.length; d++) {
            double diff = x[d] - y[d];
            sum += diff * diff;
        }
        return sum;
    }
}
