package app.cairn.textanalysis.internal.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real data sets the evaluation reads, from the folder {@code CAIRN_EVAL_DATA} names (default
 * {@code ../shared/data}): UCI sentiment sentences (Kotzias et al. 2015, CC BY 4.0), online_shopping_10_cats
 * (SophonPlus ChineseNlpCorpus) and Banking77 (Casanueva et al. 2020, CC BY 4.0).
 */
public final class EvalData {

    /** The fixed seed of every split. */
    public static final long SEED = 42;

    private final Path folder;

    private EvalData(Path folder) {
        this.folder = folder;
    }

    /** The folder from {@code CAIRN_EVAL_DATA}, else {@code ../shared/data}. */
    public static Path defaultFolder() {
        String setting = System.getenv("CAIRN_EVAL_DATA");
        return Path.of(setting == null || setting.isBlank() ? "../shared/data" : setting);
    }

    /**
     * The data sets in the folder.
     *
     * @throws IllegalStateException naming the folder and the file missing, when one is
     */
    public static EvalData in(Path folder) {
        EvalData data = new EvalData(folder);
        for (Path file :
                List.of(data.uci("amazon"), data.chineseReviews(), data.banking("train"), data.banking("test"))) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("The evaluation data is missing: " + file.toAbsolutePath()
                        + " does not exist. Set CAIRN_EVAL_DATA to the folder holding sentiment-en/,"
                        + " sentiment-zh/ and intents-banking77/.");
            }
        }
        return data;
    }

    /** Whether the folder holds the data sets. */
    public static boolean present(Path folder) {
        try {
            in(folder);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** The three UCI sets by name (amazon, imdb, yelp). */
    public Map<String, List<LabelledText>> uciSets() throws IOException {
        Map<String, List<LabelledText>> sets = new LinkedHashMap<>();
        for (String name : List.of("amazon", "imdb", "yelp")) {
            sets.put(name, DataFiles.uciSentences(uci(name)));
        }
        return sets;
    }

    /** online_shopping_10_cats, labelled POSITIVE or NEGATIVE. */
    public List<LabelledText> chinese() throws IOException {
        return DataFiles.csv(
                chineseReviews(), "review", "label", Map.of("1", DataFiles.POSITIVE, "0", DataFiles.NEGATIVE));
    }

    /** The stratified 80/20 split of online_shopping_10_cats with the fixed seed: training texts, then test texts. */
    public List<List<LabelledText>> chineseSplit() throws IOException {
        List<LabelledText> all = chinese();
        boolean[] test = Splits.holdOut(all, 0.2, SEED);
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (test[i] ? held : train).add(all.get(i));
        }
        return List.of(train, held);
    }

    /** Banking77's training or test file. */
    public List<LabelledText> banking77(String split) throws IOException {
        return DataFiles.csv(banking(split), "text", "category", Map.of());
    }

    private Path uci(String name) {
        return folder.resolve("sentiment-en").resolve(name + ".json");
    }

    private Path chineseReviews() {
        return folder.resolve("sentiment-zh").resolve("online_shopping_10_cats.csv");
    }

    private Path banking(String split) {
        return folder.resolve("intents-banking77").resolve(split + ".csv");
    }
}
