package app.cairn.messaging;

import java.time.Instant;

/**
 * One e-mail to a customer as the customer page lists it.
 *
 * @param source where it came from: a broadcast, a journey step, a test
 * @param sentAt null until it is sent
 * @param openedAt the first open, or null
 * @param clickedAt the first click, or null
 * @param bouncedAt when it bounced, or null
 */
public record CustomerEmail(
        String subject,
        MessageSource source,
        MessageStatus status,
        Instant queuedAt,
        Instant sentAt,
        Instant openedAt,
        Instant clickedAt,
        Instant bouncedAt) {}
