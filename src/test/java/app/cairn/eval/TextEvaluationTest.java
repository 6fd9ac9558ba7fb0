package app.cairn.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import app.cairn.textanalysis.internal.eval.EvalData;
import app.cairn.textanalysis.internal.eval.SharedDataEvaluation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The text models' accuracy on the real data in {@code CAIRN_EVAL_DATA} (default {@code ../shared/data}), with the
 * fixed folds and seeds of the evaluation command: UCI sentiment sentences (Kotzias et al. 2015, CC BY 4.0),
 * online_shopping_10_cats (SophonPlus) and Banking77 (Casanueva et al. 2020, CC BY 4.0). It prints the figures and
 * holds each at the level measured when the learner was chosen, so a change that loses accuracy fails here. Skipped
 * without the data unless run as the evaluation ({@code cairn.eval.required}).
 */
class TextEvaluationTest {

    @Test
    void textModelsKeepTheirAccuracyOnTheRealDataSets() throws Exception {
        Path folder = Path.of(
                System.getProperty("cairn.eval.data", EvalData.defaultFolder().toString()));
        if (!EvalData.present(folder)) {
            String message = "The evaluation data is missing from "
                    + folder.toAbsolutePath().normalize()
                    + ": set CAIRN_EVAL_DATA to the folder holding sentiment-en/, sentiment-zh/ and intents-banking77/.";
            if (Boolean.getBoolean("cairn.eval.required")) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SharedDataEvaluation.Accuracy accuracy;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            accuracy = SharedDataEvaluation.accuracy(EvalData.in(folder), out);
        }
        System.out.print(printed.toString(StandardCharsets.UTF_8));

        assertThat(accuracy.uci().get("amazon")).as("UCI Amazon").isGreaterThanOrEqualTo(0.88);
        assertThat(accuracy.uci().get("yelp")).as("UCI Yelp").isGreaterThanOrEqualTo(0.88);
        assertThat(accuracy.uci().get("imdb"))
                .as("UCI IMDB (goal 88%, not reached)")
                .isGreaterThanOrEqualTo(0.83);
        assertThat(accuracy.chinese()).as("online_shopping_10_cats").isGreaterThanOrEqualTo(0.92);
        assertThat(accuracy.banking77()).as("Banking77").isGreaterThanOrEqualTo(0.90);
    }
}
