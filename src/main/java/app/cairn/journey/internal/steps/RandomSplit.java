package app.cairn.journey.internal.steps;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Chooses a split's variant for an enrolment by percentages. The choice is a hash of the enrolment and the
 * step, not a random draw: doing the step again (after a crash, say) sends the customer the same way, and over
 * many enrolments the shares match the percentages.
 */
public final class RandomSplit {

    private RandomSplit() {}

    /** The output ({@code a}, {@code b}, …) for this enrolment at this step. */
    public static String variant(long enrolmentId, String stepId, List<Integer> percentages) {
        CRC32C hash = new CRC32C();
        hash.update((enrolmentId + ":" + stepId).getBytes(StandardCharsets.UTF_8));
        // spread the 32-bit hash evenly over 0..9999 (hundredths of a percent)
        long point = (hash.getValue() * 10_000L) >>> 32;
        long bound = 0;
        for (int i = 0; i < percentages.size(); i++) {
            bound += percentages.get(i) * 100L;
            if (point < bound) {
                return String.valueOf((char) ('a' + i));
            }
        }
        return String.valueOf((char) ('a' + percentages.size() - 1));
    }
}
