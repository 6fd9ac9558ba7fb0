package app.cairn.scoring;

/**
 * The mean silhouette of a labelling (Rousseeuw 1987): for each point, a is its mean distance to the other points
 * of its cluster and b the smallest mean distance to the points of another cluster; its silhouette is
 * (b − a) / max(a, b), and 0 for a point alone in its cluster. Near 1 the clusters are compact and apart, near 0
 * they overlap. It costs n² distances, so callers pass a sample. Written here because Tribuo, which fits the
 * clusters, has no silhouette, and the formula is a dozen lines.
 */
final class Silhouette {

    private Silhouette() {}

    /**
     * @param points the points, all of one dimension
     * @param labels each point's cluster, 0 to {@code k} − 1
     * @param k the number of clusters
     */
    static double of(double[][] points, int[] labels, int k) {
        int n = points.length;
        if (n < 2 || k < 2) {
            return 0;
        }
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            java.util.Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    sums[labels[j]] += distance(points[i], points[j]);
                }
            }
            int own = labels[i];
            if (sizes[own] < 2) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b == Double.POSITIVE_INFINITY) {
                continue;
            }
            double spread = Math.max(a, b);
            total += spread == 0 ? 0 : (b - a) / spread;
        }
        return total / n;
    }

    private static double distance(double[] x, double[] y) {
        return Math.sqrt(KMeansFit.squaredDistance(x, y));
    }
}
