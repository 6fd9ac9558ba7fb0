package app.cairn.textanalysis.internal.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads labelled texts from the file formats the evaluation takes. */
public final class DataFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The label of positive texts, as the sentiment model names it. */
    public static final String POSITIVE = "POSITIVE";
    /** The label of negative texts. */
    public static final String NEGATIVE = "NEGATIVE";

    private DataFiles() {}

    /**
     * JSON Lines, one {@code {"text": …, "label": …}} object a line (blank lines skipped).
     *
     * @throws IllegalArgumentException naming the line when one is not such an object
     */
    public static List<LabelledText> jsonLines(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + number + ": not JSON: " + e.getMessage());
                }
                texts.add(new LabelledText(field(node, "text", file, number), field(node, "label", file, number)));
            }
        }
        return texts;
    }

    private static String field(JsonNode node, String name, Path file, int line) {
        JsonNode value = node.get(name);
        if (value == null
                || value.isNull()
                || value.isContainer()
                || value.asString().isBlank()) {
            throw new IllegalArgumentException(file + " line " + line + ": \"" + name
                    + "\" is missing or empty (each line needs \"text\" and \"label\")");
        }
        return value.asString();
    }

    /** The UCI sentiment sentences: a JSON array of {@code {"text": …, "class": 0|1}}, 1 positive; labelled {@link #POSITIVE} or {@link #NEGATIVE}. */
    public static List<LabelledText> uciSentences(Path file) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (JsonNode node : JSON.readTree(file.toFile())) {
            texts.add(new LabelledText(
                    node.get("text").asString(), node.get("class").asInt() == 1 ? POSITIVE : NEGATIVE));
        }
        return texts;
    }

    /** A CSV file with a header, the text and label taken from the named columns; a value map renames labels. */
    public static List<LabelledText> csv(
            Path file, String textColumn, String labelColumn, java.util.Map<String, String> rename) throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(in)) {
                if (!row.isConsistent()) {
                    continue;
                }
                String text = row.get(textColumn).replace("\uFEFF", "").strip();
                String label = row.get(labelColumn);
                if (!text.isEmpty()) {
                    texts.add(new LabelledText(text, rename.getOrDefault(label, label)));
                }
            }
        }
        return texts;
    }
}
