package app.cairn.journey;

import java.time.Instant;
import java.util.List;

/**
 * One of a customer's ways through a journey, for the customer's page.
 *
 * @param node the step the customer is at, or ended at
 * @param nextAt when the engine next looks at it (the end of a wait); null once ended
 * @param endReason null while the customer is in the journey
 * @param steps the steps taken, oldest first
 */
public record CustomerJourney(
        long journeyId,
        String journeyName,
        int version,
        String node,
        NodeType nodeType,
        Instant enteredAt,
        Instant nextAt,
        Instant endedAt,
        EndReason endReason,
        List<Step> steps) {

    /**
     * A step taken: where, when, and by which output it was left (null when the journey ended there).
     *
     * @param noteKey why it went that way or ended, as a translation key, or null
     * @param noteArgumentKey the translation key of the note's argument, or null when it has none
     */
    public record Step(
            String node,
            NodeType type,
            Instant arrivedAt,
            Instant leftAt,
            String output,
            String noteKey,
            String noteArgumentKey) {}
}
