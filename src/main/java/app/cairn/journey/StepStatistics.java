package app.cairn.journey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What happened at one step, over all the journey's versions.
 *
 * @param entered visits that arrived at the step
 * @param waiting customers at the step now (arrived, neither gone on nor ended there)
 * @param passed visits that went on from the step by one of its outputs
 * @param exited customers whose way through the journey ended at the step
 * @param converted goals met at the step, with their {@code revenue} in the reporting {@code currency} (orders
 *     credited before a change of the reporting currency stay in the one they were credited in)
 * @param outputs visits that went on, by output (the connections' counts)
 */
public record StepStatistics(
        String node,
        long entered,
        long waiting,
        long passed,
        long exited,
        long converted,
        BigDecimal revenue,
        String currency,
        Map<String, Long> outputs) {}
