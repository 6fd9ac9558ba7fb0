package app.cairn.messaging;

import java.time.Instant;

/**
 * Where one message stands: queued, sent, opened, clicked.
 *
 * @param sentAt null until it is sent
 * @param openedAt the first open, or null
 * @param clickedAt the first click, or null
 */
public record SentEmail(
        long id, MessageStatus status, Instant queuedAt, Instant sentAt, Instant openedAt, Instant clickedAt) {}
