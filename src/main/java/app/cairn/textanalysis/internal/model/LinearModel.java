package app.cairn.textanalysis.internal.model;

import app.cairn.textanalysis.internal.features.SparseVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear classifier: one weight per feature and class, plus a bias per class. Scoring a text is a lookup
 * of each of its features in an open-addressing table and a few multiply-adds, so it allocates one array per text.
 *
 * <p>Probabilities are the logistic of each class's score, normalised over the classes (what LIBLINEAR's logistic
 * regression reports); for two classes the single weight vector scores the first label.
 */
public final class LinearModel {

    private static final int MAGIC = 0x43544d31; // "CTM1"

    private final List<String> labels;
    private final int columns;
    private final int[] keys;
    private final int[] rows;
    private final float[] weights;
    private final float[] bias;

    LinearModel(List<String> labels, int[] featureIds, float[] weights, float[] bias) {
        this.labels = List.copyOf(labels);
        this.columns = labels.size() == 2 ? 1 : labels.size();
        this.weights = weights;
        this.bias = bias;
        int capacity = Integer.highestOneBit(Math.max(4, featureIds.length * 2)) * 2;
        this.keys = new int[capacity];
        this.rows = new int[capacity];
        java.util.Arrays.fill(keys, -1);
        for (int row = 0; row < featureIds.length; row++) {
            int slot = slot(featureIds[row]);
            keys[slot] = featureIds[row];
            rows[slot] = row;
        }
    }

    /** The class names, in the order of {@link #probabilities}. */
    public List<String> labels() {
        return labels;
    }

    /** The number of features with a weight. */
    public int features() {
        return weights.length / columns;
    }

    /** The probability of each label for the text's features. */
    public double[] probabilities(SparseVector vector) {
        double[] score = new double[columns];
        for (int c = 0; c < columns; c++) {
            score[c] = bias[c];
        }
        int[] ids = vector.ids();
        float[] values = vector.values();
        for (int i = 0; i < ids.length; i++) {
            int slot = find(ids[i]);
            if (slot >= 0) {
                int base = rows[slot] * columns;
                for (int c = 0; c < columns; c++) {
                    score[c] += weights[base + c] * values[i];
                }
            }
        }
        if (columns == 1) {
            double first = logistic(score[0]);
            return new double[] {first, 1 - first};
        }
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            score[c] = logistic(score[c]);
            sum += score[c];
        }
        for (int c = 0; c < columns; c++) {
            score[c] /= sum;
        }
        return score;
    }

    /** The most probable label for the text's features. */
    public String best(SparseVector vector) {
        double[] p = probabilities(vector);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return labels.get(best);
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private int find(int id) {
        int mask = keys.length - 1;
        int slot = hash(id) & mask;
        while (keys[slot] != -1) {
            if (keys[slot] == id) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(int id) {
        int mask = keys.length - 1;
        int slot = hash(id) & mask;
        while (keys[slot] != -1 && keys[slot] != id) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int hash(int id) {
        return id * 0x9E3779B9 >>> 7;
    }

    /** Writes the model (compressed); {@link #read} gives it back. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream data = new DataOutputStream(new java.io.BufferedOutputStream(zip, 1 << 16));
        data.writeInt(MAGIC);
        data.writeInt(labels.size());
        for (String label : labels) {
            data.writeUTF(label);
        }
        int features = features();
        data.writeInt(features);
        int[] ids = new int[features];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != -1) {
                ids[rows[slot]] = keys[slot];
            }
        }
        for (int id : ids) {
            data.writeInt(id);
        }
        for (float w : weights) {
            data.writeFloat(w);
        }
        for (float b : bias) {
            data.writeFloat(b);
        }
        data.flush();
        zip.finish();
        out.flush();
    }

    /** Reads a model written by {@link #write}. */
    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
        if (data.readInt() != MAGIC) {
            throw new IOException("not a Cairn text model");
        }
        String[] labels = new String[data.readInt()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = data.readUTF();
        }
        int columns = labels.length == 2 ? 1 : labels.length;
        int features = data.readInt();
        int[] ids = new int[features];
        for (int i = 0; i < features; i++) {
            ids[i] = data.readInt();
        }
        float[] weights = new float[features * columns];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = data.readFloat();
        }
        float[] bias = new float[columns];
        for (int i = 0; i < columns; i++) {
            bias[i] = data.readFloat();
        }
        return new LinearModel(List.of(labels), ids, weights, bias);
    }
}
