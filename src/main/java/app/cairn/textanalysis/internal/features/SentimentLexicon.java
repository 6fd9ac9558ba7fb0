package app.cairn.textanalysis.internal.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The valence of English words and emoticons from the VADER lexicon (Hutto and Gilbert 2014, MIT licence): about
 * 7,500 entries rated by ten people each from -4 (most negative) to +4. The models read it as features that hold
 * across shops and product types ("a positive word, not negated"), which a few thousand labelled sentences alone
 * cannot teach.
 */
public final class SentimentLexicon {

    private static final String RESOURCE = "/textanalysis/vader-lexicon.tsv";
    private static final Map<String, Float> VALENCE = load();

    private SentimentLexicon() {}

    /** The word's valence from -4 to +4, or 0 when the lexicon does not rate it. */
    public static float valence(String word) {
        return VALENCE.getOrDefault(word, 0f);
    }

    private static Map<String, Float> load() {
        Map<String, Float> valence = new HashMap<>(16_000);
        try (InputStream in = SentimentLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sentiment lexicon " + RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 1) {
                    continue;
                }
                String word = line.substring(0, tab).replace("'", "");
                valence.put(word, Float.parseFloat(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(valence);
    }
}
