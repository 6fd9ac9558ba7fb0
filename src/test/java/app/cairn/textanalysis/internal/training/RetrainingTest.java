package app.cairn.textanalysis.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.cairn.testing.CairnTest;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.ModelTask;
import app.cairn.textanalysis.ModelVersion;
import app.cairn.textanalysis.RetrainOutcome;
import app.cairn.textanalysis.Sentiment;
import app.cairn.textanalysis.TextAnalysis;
import app.cairn.textanalysis.TextModels;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retraining on the shop's labels: a better version replaces the one in use, a worse one is refused, and an admin
 * can switch back. Labels are the module's own; the test leaves the starter versions active and no labels behind.
 */
@CairnTest
class RetrainingTest {

    private static final List<String> ITEMS = List.of(
            "scarf",
            "teapot",
            "backpack",
            "candle",
            "wallet",
            "notebook",
            "umbrella",
            "blanket",
            "mug",
            "belt",
            "lamp",
            "towel",
            "vase",
            "jacket",
            "pillow",
            "bottle",
            "puzzle",
            "clock",
            "basket",
            "rug");

    @Autowired
    TextModels models;

    @Autowired
    TextAnalysis analysis;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToTheStarterModels() {
        for (ModelTask task : ModelTask.values()) {
            ModelVersion starter = models.versions(task).stream()
                    .filter(v -> v.origin() == ModelVersion.Origin.STARTER)
                    .findFirst()
                    .orElseThrow();
            models.activate(starter.id(), "test");
        }
        jdbc.sql("DELETE FROM text_label").update();
    }

    @Test
    void startsWithTheStarterModelsAndTheirFigures() {
        ModelVersion sentiment = models.active(ModelTask.SENTIMENT);

        assertThat(sentiment.origin()).isEqualTo(ModelVersion.Origin.STARTER);
        assertThat(sentiment.version()).isEqualTo(1);
        assertThat(sentiment.accuracy()).isGreaterThan(0.8);
        assertThat(sentiment.note()).contains("UCI");
        assertThat(models.figures(sentiment.id()).orElseThrow().evaluations())
                .extracting(e -> e.name())
                .anyMatch(name -> name.contains("amazon"));
    }

    @Test
    void usesARetrainedModelThatLearntWhatTheStarterDidNot() {
        assertThat(analysis.classify("Could you gift wrap the scarf for me?")
                        .intent()
                        .intent())
                .isNotEqualTo(Intent.PRODUCT_QUESTION);
        for (String item : ITEMS) {
            models.labelIntent("Could you gift wrap the " + item + " for me?", Intent.PRODUCT_QUESTION, "test");
            models.labelIntent("Is gift wrapping available for the " + item + "?", Intent.PRODUCT_QUESTION, "test");
        }

        RetrainOutcome outcome = models.retrain(ModelTask.INTENT);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RetrainOutcome.Result.ACTIVATED);
        assertThat(models.active(ModelTask.INTENT).origin()).isEqualTo(ModelVersion.Origin.RETRAINED);
        assertThat(analysis.classify("Could you gift wrap the teapot for me?")
                        .intent()
                        .intent())
                .isEqualTo(Intent.PRODUCT_QUESTION);
        assertThat(outcome.version().orElseThrow().accuracy())
                .isGreaterThan(outcome.version().orElseThrow().comparedWith());
    }

    @Test
    void refusesARetrainedModelThatIsWorseThanTheOneInUse() {
        ModelVersion before = models.active(ModelTask.SENTIMENT);
        // the held-out labels are right; the ones it trains on are the opposite: whatever it learns from them
        // makes it worse on the held-out ones than the model in use
        for (String item : ITEMS) {
            for (String text : List.of(
                    "I absolutely love this " + item + ", wonderful quality",
                    "Great " + item + ", works perfectly, very happy")) {
                label(text, Sentiment.POSITIVE);
            }
            for (String text : List.of(
                    "Terrible " + item + ", broke on the first day, awful",
                    "The " + item + " is horrible and cheap, very disappointed")) {
                label(text, Sentiment.NEGATIVE);
            }
        }

        RetrainOutcome outcome = models.retrain(ModelTask.SENTIMENT);

        assertThat(outcome.result()).as(outcome.message()).isEqualTo(RetrainOutcome.Result.REFUSED);
        assertThat(models.active(ModelTask.SENTIMENT).id()).isEqualTo(before.id());
        ModelVersion refused = outcome.version().orElseThrow();
        assertThat(refused.status()).isEqualTo(ModelVersion.Status.REFUSED);
        assertThat(refused.accuracy()).isLessThan(refused.comparedWith());
        assertThat(models.versions(ModelTask.SENTIMENT))
                .extracting(ModelVersion::id)
                .contains(refused.id());
        assertThatThrownBy(() -> models.activate(refused.id(), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused");
    }

    @Test
    void skipsRetrainingWithTooFewLabels() {
        models.labelIntent("Could you gift wrap it?", Intent.PRODUCT_QUESTION, "test");

        RetrainOutcome outcome = models.retrain(ModelTask.INTENT);

        assertThat(outcome.result()).isEqualTo(RetrainOutcome.Result.SKIPPED);
        assertThat(outcome.message()).contains("1 labels so far");
    }

    @Test
    void keepsTheLatestLabelOfATextOnce() {
        models.labelIntent("Where is my parcel?", Intent.RETURN, "ticket-message:1");
        models.labelIntent("  where is my parcel?", Intent.WHERE_IS_MY_ORDER, "ticket-message:1");

        assertThat(models.labelCount(ModelTask.INTENT)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT label FROM text_label WHERE task = 'INTENT'")
                        .query(String.class)
                        .single())
                .isEqualTo("WHERE_IS_MY_ORDER");
    }

    @Test
    void refusesANeutralSentimentLabel() {
        assertThatThrownBy(() -> models.labelSentiment("It is a lamp.", Sentiment.NEUTRAL, "review:1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("POSITIVE or NEGATIVE");
    }

    private void label(String text, Sentiment truth) {
        Sentiment opposite = truth == Sentiment.POSITIVE ? Sentiment.NEGATIVE : Sentiment.POSITIVE;
        models.labelSentiment(text, Retraining.isHeldOut(text) ? truth : opposite, "test");
    }
}
