package app.cairn.journey;

import java.util.List;
import java.util.Optional;

/**
 * An experiment's standing.
 *
 * @param winner the variant whose rate is higher than every other's by a two-proportion z-test at 95 %
 *     (Bonferroni-corrected for the comparisons), or empty while there is none
 * @param pValue the largest of the winner's (or the leader's) p-values against the others, uncorrected
 */
public record ExperimentOutcome(List<VariantResult> variants, Optional<String> winner, double pValue) {

    /** The name of the statistical test, as the UI shows it. */
    public static final String TEST = "two-proportion z-test, 95 %, Bonferroni-corrected";
}
