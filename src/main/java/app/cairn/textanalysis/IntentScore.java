package app.cairn.textanalysis;

import java.util.List;

/**
 * What a support message asks for.
 *
 * @param intent the intent; {@link Intent#OTHER} when no intent is likely enough
 * @param confidence the model's probability of the model's best intent, from 0 to 1
 * @param ranked every intent the model considered, most likely first, with its probability
 */
public record IntentScore(Intent intent, double confidence, List<Ranked> ranked) {

    /**
     * One intent and its probability.
     *
     * @param intent the intent
     * @param probability its probability, from 0 to 1
     */
    public record Ranked(Intent intent, double probability) {}
}
