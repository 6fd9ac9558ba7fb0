package app.cairn.commerce;

import java.time.Instant;

/** One event on a customer's timeline. */
public record TimelineEvent(
        long id, EventType type, Instant occurredAt, String productSku, String productName, String properties) {}
