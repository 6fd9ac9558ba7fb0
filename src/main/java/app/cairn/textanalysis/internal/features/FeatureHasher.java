package app.cairn.textanalysis.internal.features;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a text into a {@link SparseVector} of hashed features: its words (negated ones apart), pairs of neighbouring
 * words, and character n-grams: two to five letters inside Latin words, one to three characters of Chinese text (so
 * a word the segmenter cuts differently, a typo or an unseen inflection still shares most of its features).
 *
 * <p>Features are hashed into {@value #BITS}-bit ids rather than looked up in a vocabulary: nothing is allocated per
 * n-gram, and a model trained on one shop's data reads any text. Collisions at this width are rare enough not to
 * move accuracy (measured by the evaluation command).
 */
public final class FeatureHasher {

    /** Width of the feature ids. */
    public static final int BITS = 24;

    private static final int MASK = (1 << BITS) - 1;
    private static final int WORD = 0x9E3779B1;
    private static final int NEGATED = 0x85EBCA77;
    private static final int PAIR = 0xC2B2AE3D;
    private static final int GRAM = 0x27D4EB2F;
    private static final float WORD_SCALE = 1;
    private static final float PAIR_SCALE = 1;
    private static final float GRAM_SCALE = 1;
    /** The lexicon's few features weigh twice a word's, so they count beside a text's many n-grams. */
    private static final float LEXICON_SCALE = 2;

    private static final java.util.Set<String> CONTRAST = java.util.Set.of("but", "however", "但", "但是", "可是", "不过");
    private static final int POLARITY = 0x165667B1;
    private static final int TOTAL = 0xD3A2646C;

    private FeatureHasher() {}

    /** The features of a text. */
    public static SparseVector vector(String text) {
        return vector(TextTokens.of(text));
    }

    /** The features of a text already cut into words. */
    public static SparseVector vector(List<TextTokens.Token> tokens) {
        Buffer out = new Buffer(tokens.size() * 12 + 8);
        int previous = 0;
        float valence = 0;
        for (int t = 0; t < tokens.size(); t++) {
            TextTokens.Token token = tokens.get(t);
            int word = token.text().hashCode();
            out.add(mix(word, token.negated() ? NEGATED : WORD), WORD_SCALE);
            if (t > 0) {
                out.add(mix(previous * 31 + word, PAIR), PAIR_SCALE);
            }
            previous = word;
            grams(token, out);
            if (CONTRAST.contains(token.text())) {
                valence *= 0.5f; // what follows "but" weighs more than what came before
            }
            valence += lexicon(token, out);
        }
        out.add(mix(leaning(valence), TOTAL), LEXICON_SCALE);
        return SparseVector.ofCounts(out.ids, out.size);
    }

    /**
     * Adds a feature for a rated word's polarity and strength (flipped under negation), and returns its valence so
     * the text's overall leaning becomes a feature too.
     */
    private static float lexicon(TextTokens.Token token, Buffer out) {
        if (token.chinese()) {
            return 0;
        }
        float valence = SentimentLexicon.valence(token.text());
        if (valence == 0) {
            return 0;
        }
        if (token.negated()) {
            valence = -valence * 0.75f;
        }
        int bucket = valence >= 2 ? 2 : valence > 0 ? 1 : valence <= -2 ? -2 : -1;
        out.add(mix(bucket, POLARITY), LEXICON_SCALE);
        return valence;
    }

    /** The text's overall valence in a few bands: clearly or slightly negative, none, slightly or clearly positive. */
    private static int leaning(float valence) {
        if (valence == 0) {
            return 0;
        }
        int sign = valence > 0 ? 1 : -1;
        return Math.abs(valence) >= 2.5f ? 2 * sign : sign;
    }

    private static void grams(TextTokens.Token token, Buffer out) {
        String text = token.text();
        if (token.chinese()) {
            ngrams(text, 1, 3, out);
        } else if (text.length() > 1 && !isNumber(text)) {
            ngrams(" " + text + " ", 2, 5, out);
        }
    }

    private static void ngrams(String text, int min, int max, Buffer out) {
        int n = text.length();
        for (int start = 0; start < n; start++) {
            int hash = 0;
            for (int len = 1; len <= max && start + len <= n; len++) {
                hash = hash * 31 + text.charAt(start + len - 1);
                if (len >= min) {
                    out.add(mix(hash, GRAM + len), GRAM_SCALE);
                }
            }
        }
    }

    private static boolean isNumber(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** MurmurHash3's finaliser over the value and a per-kind seed, masked to {@link #BITS} bits. */
    private static int mix(int value, int seed) {
        int h = value ^ seed;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h & MASK;
    }

    private static final class Buffer {
        long[] ids;
        int size;

        Buffer(int capacity) {
            ids = new long[capacity];
        }

        void add(int id, float scale) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = (long) id << 8 | Math.round(scale * 16);
        }
    }
}
