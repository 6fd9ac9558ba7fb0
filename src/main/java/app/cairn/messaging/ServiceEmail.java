package app.cairn.messaging;

import java.util.List;

/**
 * A service e-mail written whole by staff (a support reply): sent as written, to one address, whatever the
 * customer's marketing consent, with no tracking and no unsubscribe link.
 *
 * @param idempotencyKey unique per message, such as {@code ticket-message:42}: queueing it again adds nothing
 * @param customerId the customer it goes to, or null
 * @param replyTo where replies should go, or null for the sender's address
 * @param html the HTML part (already cleaned by the caller), or null for plain text only
 * @param inReplyTo the Message-ID this answers (with its angle brackets), or null
 * @param references the Message-IDs of the thread so far, oldest first
 * @param automatic whether Cairn wrote it by itself (a confirmation): it then carries {@code Auto-Submitted:
 *     auto-replied}, so that auto-responders do not answer it
 */
public record ServiceEmail(
        String idempotencyKey,
        Long customerId,
        String to,
        String fromName,
        String fromAddress,
        String replyTo,
        String subject,
        String text,
        String html,
        String inReplyTo,
        List<String> references,
        boolean automatic) {}
