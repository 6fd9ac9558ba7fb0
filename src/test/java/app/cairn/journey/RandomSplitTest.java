package app.cairn.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.cairn.journey.internal.steps.RandomSplit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RandomSplitTest {

    @Test
    void theSameEnrolmentAlwaysTakesTheSameWay() {
        List<Integer> shares = List.of(50, 50);
        for (long enrolment = 1; enrolment <= 1000; enrolment++) {
            assertThat(RandomSplit.variant(enrolment, "split", shares))
                    .isEqualTo(RandomSplit.variant(enrolment, "split", shares));
        }
    }

    @Test
    void overManyEnrolmentsTheSharesMatchThePercentages() {
        List<Integer> shares = List.of(20, 30, 50);
        int n = 100_000;
        Map<String, Long> counts = LongStream.rangeClosed(1, n)
                .mapToObj(id -> RandomSplit.variant(id, "split", shares))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(counts.keySet()).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(counts.get("a") / (double) n).isCloseTo(0.20, within(0.01));
        assertThat(counts.get("b") / (double) n).isCloseTo(0.30, within(0.01));
        assertThat(counts.get("c") / (double) n).isCloseTo(0.50, within(0.01));
    }

    @Test
    void twoSplitsInOneJourneyChooseIndependently() {
        List<Integer> shares = List.of(50, 50);
        long same = LongStream.rangeClosed(1, 10_000)
                .filter(id ->
                        RandomSplit.variant(id, "first", shares).equals(RandomSplit.variant(id, "second", shares)))
                .count();
        assertThat(same / 10_000.0).isCloseTo(0.5, within(0.03));
    }
}
