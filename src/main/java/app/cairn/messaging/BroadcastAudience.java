package app.cairn.messaging;

import java.time.Instant;
import java.util.Map;

/**
 * Whom a broadcast would reach if it were queued now: the segment's members, how many would get a message after
 * consent, suppression, topic and frequency cap, and how many each reason leaves out.
 *
 * @param members the segment's members
 * @param recipients how many would get a message
 * @param skipped how many each reason leaves out (reasons that leave nobody out are absent)
 * @param lastTest when a test of the template was last sent, or null if never
 */
public record BroadcastAudience(long members, long recipients, Map<SkipReason, Long> skipped, Instant lastTest) {

    /** Whether a test of the template has been sent. */
    public boolean tested() {
        return lastTest != null;
    }
}
