package app.cairn.messaging.internal.delivery;

import app.cairn.messaging.MessageSource;
import app.cairn.messaging.MessageStatus;
import java.time.Instant;

/**
 * A message to put in the outbox.
 *
 * @param idempotencyKey unique per message, such as {@code broadcast:12:345}: queueing the same key again adds
 *     nothing
 * @param customerId the customer whose values fill the template, or null (a test send without a customer)
 * @param countsToCap whether it counts towards the customer's frequency cap (marketing messages do)
 * @param notBefore the earliest time to send it (after quiet hours, say)
 */
public record NewMessage(
        String idempotencyKey,
        MessageSource source,
        Long sourceId,
        Long contentId,
        Long customerId,
        String toAddress,
        boolean countsToCap,
        Instant notBefore) {

    public Object[] row(Instant now) {
        return new Object[] {
            idempotencyKey,
            source.name(),
            sourceId,
            contentId,
            customerId,
            toAddress,
            countsToCap,
            MessageStatus.QUEUED.name(),
            notBefore,
            now
        };
    }
}
