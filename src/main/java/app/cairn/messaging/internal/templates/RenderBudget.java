package app.cairn.messaging.internal.templates;

import io.pebbletemplates.pebble.error.PebbleException;
import java.util.function.Supplier;

/**
 * How much work filling in one template part may do: at most {@value #MAX_ITERATIONS} turns of its loops, all loops
 * together, and {@value #MAX_MILLIS} ms, checked at every turn. A template that goes past either stops with a
 * message saying which, instead of holding a sender or the preview for as long as it likes. (The output's size is
 * bounded by the engine's {@code maxRenderedSize}.)
 */
final class RenderBudget {

    static final int MAX_ITERATIONS = 100_000;
    static final long MAX_MILLIS = 1_000;

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

    private final long deadline = System.nanoTime() + MAX_MILLIS * 1_000_000;
    private int iterations;

    /** Runs {@code work} (one part's filling) with a budget of its own. */
    static <T> T within(Supplier<T> work) {
        RenderBudget outer = CURRENT.get();
        CURRENT.set(new RenderBudget());
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** Counts one turn of a loop on the line; throws when the part has used up its budget. */
    static void turn(int line, String template) {
        RenderBudget budget = CURRENT.get();
        if (budget == null) {
            return;
        }
        if (++budget.iterations > MAX_ITERATIONS) {
            throw new PebbleException(
                    null,
                    "The loops went round more than " + MAX_ITERATIONS + " times; a template may loop that often at"
                            + " most",
                    line,
                    template);
        }
        if ((budget.iterations & 0xFF) == 0 && System.nanoTime() > budget.deadline) {
            throw new PebbleException(
                    null, "Filling in the template took longer than " + MAX_MILLIS + " ms", line, template);
        }
    }
}
