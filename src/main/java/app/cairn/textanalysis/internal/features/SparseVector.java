package app.cairn.textanalysis.internal.features;

import java.util.Arrays;

/**
 * A text as the models read it: hashed feature ids in ascending order with their weights, scaled to unit length.
 *
 * @param ids the feature ids, ascending and distinct
 * @param values the weight of each id
 */
public record SparseVector(int[] ids, float[] values) {

    /** The number of features present. */
    public int size() {
        return ids.length;
    }

    /**
     * Builds a vector from unsorted ids that may repeat, each packed with its kind's scale ({@code id << 8 | scale *
     * 16}): a repeated id counts {@code 1 + ln(count)} times its scale (so a word said five times does not outweigh
     * five different words), and the result has length one.
     */
    static SparseVector ofCounts(long[] raw, int length) {
        if (length == 0) {
            return new SparseVector(new int[0], new float[0]);
        }
        long[] packed = Arrays.copyOf(raw, length);
        Arrays.sort(packed);
        int[] sorted = new int[length];
        float[] scales = new float[length];
        for (int i = 0; i < length; i++) {
            sorted[i] = (int) (packed[i] >>> 8);
            scales[i] = (packed[i] & 0xFF) / 16f;
        }
        int distinct = 1;
        for (int i = 1; i < length; i++) {
            if (sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        int[] ids = new int[distinct];
        float[] values = new float[distinct];
        int at = 0;
        int run = 1;
        double norm = 0;
        for (int i = 1; i <= length; i++) {
            if (i < length && sorted[i] == sorted[i - 1]) {
                run++;
                continue;
            }
            float value = (float) (1 + Math.log(run)) * scales[i - 1];
            ids[at] = sorted[i - 1];
            values[at++] = value;
            norm += value * value;
            run = 1;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return new SparseVector(ids, values);
    }
}
