package app.cairn.support;

import java.time.Instant;

/**
 * A satisfaction survey of a solved ticket and its answer.
 *
 * @param rating 1 (very unhappy) to 5 (very happy), or null while unanswered
 * @param comment the customer's words, or null
 * @param answeredAt when the customer answered, or null
 */
public record Csat(
        long ticketNumber, Instant sentAt, Instant expiresAt, Integer rating, String comment, Instant answeredAt) {}
