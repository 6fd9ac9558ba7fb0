package app.cairn.support;

import app.cairn.textanalysis.Aspect;
import app.cairn.textanalysis.Intent;
import app.cairn.textanalysis.Sentiment;
import java.util.List;

/**
 * What text analysis read in one customer message.
 *
 * @param messageId the message
 * @param language its language (ISO 639-1)
 * @param sentiment its sentiment
 * @param positivity the probability it is positive, 0 to 1
 * @param intent what it asks for
 * @param intentConfidence the probability of that intent, 0 to 1
 * @param aspects what it talks about, with the feeling attached to each
 */
public record MessageReading(
        long messageId,
        String language,
        Sentiment sentiment,
        double positivity,
        Intent intent,
        double intentConfidence,
        List<Aspect> aspects) {}
