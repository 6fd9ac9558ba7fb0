package app.cairn.textanalysis.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation of anyone's JSON Lines file: its figures, its out-of-scope figures, and what it says of bad lines. */
class FileEvaluationTest {

    @TempDir
    Path folder;

    @Test
    void measuresAFileByFoldsWithPerLabelAndOutOfScopeFigures() throws Exception {
        List<String> lines = new ArrayList<>();
        String[] items = {"jacket", "lamp", "kettle", "scarf", "mug", "sofa", "belt", "rug", "vase", "clock"};
        for (String item : items) {
            lines.add(line("Where is my " + item + " order, it has not arrived", "delivery"));
            lines.add(line("My " + item + " still has not been delivered", "delivery"));
            lines.add(line("I want my money back for the " + item, "refund"));
            lines.add(line("Please refund the " + item + " I returned", "refund"));
            lines.add(line("What is the weather on Mars near the " + item + " crater", "oos"));
            lines.add(line("Tell me a joke about a " + item, "oos"));
        }
        Path file = Files.write(folder.resolve("texts.jsonl"), lines, StandardCharsets.UTF_8);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        Scores scores = FileEvaluation.run(
                file, new FileEvaluation.Split(null, 5, 0.2), new PrintStream(printed, true, StandardCharsets.UTF_8));

        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(scores.total()).isEqualTo(60);
        assertThat(scores.accuracy()).isGreaterThan(0.8);
        assertThat(report)
                .contains(
                        "5-fold cross-validation",
                        "macro-F1",
                        "delivery",
                        "refund",
                        "in-scope accuracy",
                        "out-of-scope recall");
    }

    @Test
    void namesTheLineAndFieldOfABadLine() throws Exception {
        Path file = Files.write(
                folder.resolve("bad.jsonl"),
                List.of(line("fine", "a"), "", "{\"text\": \"no label here\"}"),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DataFiles.jsonLines(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("\"label\" is missing");
    }

    @Test
    void dealsEachLabelEvenlyRoundTheFolds() {
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            texts.add(new LabelledText("t" + i, i < 20 ? "a" : "b"));
        }

        int[] folds = Splits.folds(texts, 5, 42);

        for (int f = 0; f < 5; f++) {
            int a = 0;
            int b = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (folds[i] == f) {
                    if (texts.get(i).label().equals("a")) {
                        a++;
                    } else {
                        b++;
                    }
                }
            }
            assertThat(a).as("fold " + f).isEqualTo(4);
            assertThat(b).as("fold " + f).isEqualTo(2);
        }
    }

    private static String line(String text, String label) {
        return "{\"text\": \"" + text + "\", \"label\": \"" + label + "\"}";
    }
}
