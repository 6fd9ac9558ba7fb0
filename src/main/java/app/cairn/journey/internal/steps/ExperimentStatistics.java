package app.cairn.journey.internal.steps;

import app.cairn.journey.ExperimentOutcome;
import app.cairn.journey.VariantResult;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Declares an experiment's winner: the variant with the highest goal rate wins when a pooled two-proportion
 * z-test (two-sided) finds it different from each other variant at a significance of 5 % divided by the number
 * of comparisons (Bonferroni), and every variant has at least {@value #MIN_ENTERED} customers, so an early lucky
 * streak declares nothing.
 */
public final class ExperimentStatistics {

    public static final double ALPHA = 0.05;
    public static final int MIN_ENTERED = 30;
    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);

    private ExperimentStatistics() {}

    public static ExperimentOutcome outcome(List<VariantResult> variants) {
        if (variants.size() < 2) {
            return new ExperimentOutcome(variants, Optional.empty(), 1);
        }
        VariantResult leader = variants.stream()
                .max(Comparator.comparingDouble(VariantResult::rate))
                .orElseThrow();
        double worst = 0;
        for (VariantResult other : variants) {
            if (other != leader) {
                worst = Math.max(worst, pValue(leader, other));
            }
        }
        boolean enough = variants.stream().allMatch(v -> v.entered() >= MIN_ENTERED);
        boolean significant = worst < ALPHA / (variants.size() - 1);
        return new ExperimentOutcome(
                variants, enough && significant ? Optional.of(leader.variant()) : Optional.empty(), worst);
    }

    /** Two-sided p-value of the pooled two-proportion z-test; 1 when the rates cannot differ (no variance). */
    public static double pValue(VariantResult a, VariantResult b) {
        if (a.entered() == 0 || b.entered() == 0) {
            return 1;
        }
        double pooled = (double) (a.converted() + b.converted()) / (a.entered() + b.entered());
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / a.entered() + 1.0 / b.entered()));
        if (se == 0) {
            return 1;
        }
        double z = Math.abs(a.rate() - b.rate()) / se;
        return 2 * (1 - STANDARD.cumulativeProbability(z));
    }
}
