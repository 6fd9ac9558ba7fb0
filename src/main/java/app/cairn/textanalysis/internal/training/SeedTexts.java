package app.cairn.textanalysis.internal.training;

import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.internal.eval.LabelledText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cairn's own seed texts for each task, shipped in the product: short e-commerce messages and feedback in English
 * and Chinese written by the Cairn team. Every training starts from them, so a retrained model still knows every
 * intent when the shop's labels cover only some.
 */
public final class SeedTexts {

    private SeedTexts() {}

    /** The seed texts of the task. */
    public static List<LabelledText> of(ModelTask task) {
        String resource =
                switch (task) {
                    case SENTIMENT -> "/textanalysis/seed/sentiment.tsv";
                    case INTENT -> "/textanalysis/seed/intents.tsv";
                };
        List<LabelledText> texts = new ArrayList<>();
        try (InputStream in = SeedTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the seed texts " + resource + " are missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    texts.add(new LabelledText(line.substring(tab + 1), line.substring(0, tab)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
