package app.cairn.help;

import app.cairn.textanalysis.Intent;

/**
 * How self-service did for one intent over a period.
 *
 * @param intent the intent
 * @param answered tickets answered at once with articles
 * @param solved of those, tickets the customer solved by saying the articles answered the question
 */
public record Deflection(Intent intent, long answered, long solved) {

    /** The share of answered tickets the customer solved; 0 when none were answered. */
    public double rate() {
        return answered == 0 ? 0 : (double) solved / answered;
    }
}
