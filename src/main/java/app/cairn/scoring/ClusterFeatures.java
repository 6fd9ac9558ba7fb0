package app.cairn.scoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The figures customers are clustered on, one row per customer with orders: days since the last order, orders,
 * net spend, average order value and days since the first order. Each is taken as log(1 + x), as all of them are
 * heavily skewed (a few customers order far more than the rest), then standardised to mean 0 and standard
 * deviation 1, so that no figure weighs more for its unit. Negative figures (orders dated after now, refunds
 * beyond spend) count as 0.
 */
final class ClusterFeatures {

    static final int RECENCY = 0;
    static final int ORDERS = 1;
    static final int SPEND = 2;
    static final int AVERAGE_ORDER = 3;
    static final int TENURE = 4;
    static final int DIMENSIONS = 5;

    private final long[] ids;
    private final double[][] points;
    private int size;

    ClusterFeatures(int capacity) {
        ids = new long[capacity];
        points = new double[capacity][];
    }

    /** Adds a customer's figures as they are stored. */
    void add(
            long customerId, LocalDateTime firstOrder, LocalDateTime lastOrder, int orders, double spend, Instant now) {
        double[] row = new double[DIMENSIONS];
        row[RECENCY] = days(lastOrder, now);
        row[ORDERS] = orders;
        row[SPEND] = spend;
        row[AVERAGE_ORDER] = orders == 0 ? 0 : spend / orders;
        row[TENURE] = days(firstOrder == null ? lastOrder : firstOrder, now);
        for (int d = 0; d < DIMENSIONS; d++) {
            row[d] = Math.log1p(Math.max(0, row[d]));
        }
        ids[size] = customerId;
        points[size++] = row;
    }

    int size() {
        return size;
    }

    long id(int i) {
        return ids[i];
    }

    /** Standardises the figures in place and answers them; call once, after the last {@link #add}. */
    double[][] standardised() {
        double[][] rows = java.util.Arrays.copyOf(points, size);
        for (int d = 0; d < DIMENSIONS; d++) {
            double mean = 0;
            for (double[] row : rows) {
                mean += row[d];
            }
            mean /= Math.max(1, size);
            double squares = 0;
            for (double[] row : rows) {
                squares += (row[d] - mean) * (row[d] - mean);
            }
            double sd = Math.sqrt(squares / Math.max(1, size));
            for (double[] row : rows) {
                row[d] = sd == 0 ? 0 : (row[d] - mean) / sd;
            }
        }
        return rows;
    }

    private static double days(LocalDateTime at, Instant now) {
        return Duration.between(at.toInstant(ZoneOffset.UTC), now).toSeconds() / 86_400.0;
    }
}
