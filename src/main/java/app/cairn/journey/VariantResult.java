package app.cairn.journey;

/** How one variant of an experiment did: customers sent its way, and how many of them reached the goal. */
public record VariantResult(String variant, long entered, long converted) {

    /** The share that reached the goal, from 0 to 1 (0 when nobody entered). */
    public double rate() {
        return entered == 0 ? 0 : (double) converted / entered;
    }
}
