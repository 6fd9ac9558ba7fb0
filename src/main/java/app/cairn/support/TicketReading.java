package app.cairn.support;

import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;

/**
 * What text analysis read in a ticket: the intent of the message that opened it (or an agent's correction) and the
 * sentiment of the customer's latest message.
 *
 * @param intent the intent
 * @param intentConfidence the model's probability of it, or null when an agent set it
 * @param intentSetBy the agent who corrected the intent, or null when the model read it
 * @param sentiment the sentiment of the customer's latest message
 * @param positivity the model's probability that message is positive, 0 to 1
 * @param language the language of that message (ISO 639-1)
 */
public record TicketReading(
        Intent intent,
        Double intentConfidence,
        String intentSetBy,
        Sentiment sentiment,
        Double positivity,
        String language) {

    /** Whether an agent set the intent. */
    public boolean corrected() {
        return intentSetBy != null;
    }
}
