package app.cairn.help;

import app.cairn.textanalysis.Intent;

/**
 * Self-service for one intent.
 *
 * @param intent the intent
 * @param mode off, suggest to agents, or answer customers at once
 * @param threshold the model's probability of the intent an automatic answer needs, from 0.5 to 1
 */
public record IntentSetting(Intent intent, SelfServiceMode mode, double threshold) {

    /** The threshold a new setting starts with. */
    public static final double DEFAULT_THRESHOLD = 0.8;
}
