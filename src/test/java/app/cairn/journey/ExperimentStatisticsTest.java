package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cairn.journey.internal.steps.ExperimentStatistics;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentStatisticsTest {

    @Test
    void aClearDifferenceDeclaresTheBetterVariant() {
        // 10 % against 14 % of 1,000 each: z = 2.75, p = 0.006 (worked by hand)
        ExperimentOutcome outcome = ExperimentStatistics.outcome(
                List.of(new VariantResult("a", 1000, 100), new VariantResult("b", 1000, 140)));

        assertThat(outcome.winner()).contains("b");
        assertThat(outcome.pValue()).isCloseTo(0.0059, within(0.0005));
    }

    @Test
    void aSmallDifferenceDeclaresNothing() {
        // 10 % against 11 %: z = 0.73, p = 0.47
        ExperimentOutcome outcome = ExperimentStatistics.outcome(
                List.of(new VariantResult("a", 1000, 100), new VariantResult("b", 1000, 110)));

        assertThat(outcome.winner()).isEmpty();
        assertThat(outcome.pValue()).isCloseTo(0.466, within(0.005));
    }

    @Test
    void withThreeVariantsTheLeaderMustBeatEachAtTheCorrectedLevel() {
        // c against b: 14 % vs 11.5 %, p = 0.09 > 0.025: no winner although c beats a clearly
        ExperimentOutcome close = ExperimentStatistics.outcome(List.of(
                new VariantResult("a", 1000, 100),
                new VariantResult("b", 1000, 115),
                new VariantResult("c", 1000, 140)));
        ExperimentOutcome clear = ExperimentStatistics.outcome(List.of(
                new VariantResult("a", 1000, 100),
                new VariantResult("b", 1000, 95),
                new VariantResult("c", 1000, 140)));

        assertThat(close.winner()).isEmpty();
        assertThat(clear.winner()).contains("c");
    }

    @Test
    void tooFewCustomersDeclareNothingHoweverLopsided() {
        ExperimentOutcome outcome =
                ExperimentStatistics.outcome(List.of(new VariantResult("a", 20, 0), new VariantResult("b", 20, 15)));

        assertThat(outcome.winner()).isEmpty();
        assertThat(outcome.pValue()).isLessThan(0.001);
    }
}
