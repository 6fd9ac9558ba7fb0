package app.cairn.textanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.cairn.testing.CairnTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Known answers of the starter models, through the module's API, in English and Chinese. */
@CairnTest
class TextAnalysisTest {

    @Autowired
    TextAnalysis analysis;

    @Test
    void readsNegationInBothLanguages() {
        assertThat(sentimentOf("Not bad at all, I like it.")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentimentOf("This is not good.")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentimentOf("质量很好")).isEqualTo(Sentiment.POSITIVE);
        assertThat(sentimentOf("质量不太好")).isEqualTo(Sentiment.NEGATIVE);
        assertThat(sentimentOf("不太好")).isEqualTo(Sentiment.NEGATIVE);
    }

    @Test
    void tellsWhatACustomerAsksFor() {
        assertThat(intentOf("Where is my order? It's been two weeks.")).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(intentOf("My parcel arrived broken")).isEqualTo(Intent.DAMAGED_OR_FAULTY);
        assertThat(intentOf("I want my money back")).isEqualTo(Intent.REFUND);
        assertThat(intentOf("我的快递到哪里了")).isEqualTo(Intent.WHERE_IS_MY_ORDER);
        assertThat(intentOf("Thank you so much!")).isEqualTo(Intent.PRAISE);
    }

    @Test
    void sendsOutOfScopeTextToOther() {
        assertThat(intentOf("What's the weather like on Mars?")).isEqualTo(Intent.OTHER);
        assertThat(intentOf("How do I top up my account with cash at an ATM abroad?"))
                .isEqualTo(Intent.OTHER);
        assertThat(intentOf("")).isEqualTo(Intent.OTHER);
    }

    @Test
    void tellsTheLanguageOfEachText() {
        assertThat(analysis.analyse("Where is my order? It has been two weeks already.")
                        .language())
                .isEqualTo("en");
        assertThat(analysis.analyse("我的快递到哪里了").language()).isEqualTo("zh");
        assertThat(analysis.analyse("Guten Tag, wo ist meine Bestellung? Ich warte schon seit zwei Wochen.")
                        .language())
                .isEqualTo("de");
        assertThat(analysis.analyse("12345 !!!").language()).isEqualTo("und");
    }

    @Test
    void attachesEachAspectToTheFeelingOfItsClause() {
        TextInsight insight = analysis.analyse("The delivery was terribly slow, but the quality is great.");

        assertThat(insight.aspects())
                .containsExactly(new Aspect("delivery", Sentiment.NEGATIVE), new Aspect("quality", Sentiment.POSITIVE));
        TextInsight chinese = analysis.analyse("快递太慢了，但是质量很好");
        assertThat(chinese.aspects())
                .containsExactly(new Aspect("快递", Sentiment.NEGATIVE), new Aspect("质量", Sentiment.POSITIVE));
    }

    @Test
    void givesEachSentenceItsOwnSentimentAndCallsATextOfBothMixed() {
        TextInsight insight =
                analysis.analyse("I love the colour and it fits perfectly. The zipper broke after one day, awful.");

        assertThat(insight.sentences()).hasSize(2);
        assertThat(insight.sentences().get(0).sentiment().sentiment()).isEqualTo(Sentiment.POSITIVE);
        assertThat(insight.sentences().get(1).sentiment().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(insight.sentiment().sentiment()).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void analysesABatchInOrder() {
        List<TextInsight> insights = analysis.analyseAll(List.of("Thank you so much!", "质量不太好", ""));

        assertThat(insights)
                .extracting(i -> i.intent().intent())
                .containsExactly(Intent.PRAISE, Intent.OTHER, Intent.OTHER);
        assertThat(insights.get(1).sentiment().sentiment()).isEqualTo(Sentiment.NEGATIVE);
        assertThat(insights.get(2).sentences()).isEmpty();
    }

    private Sentiment sentimentOf(String text) {
        return analysis.classify(text).sentiment().sentiment();
    }

    private Intent intentOf(String text) {
        return analysis.classify(text).intent().intent();
    }
}
