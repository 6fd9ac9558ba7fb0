package app.cairn.commerce;

import java.time.Instant;

/**
 * A behavioural event for a bulk write.
 *
 * @param sku the product concerned, or null
 * @param properties a small JSON object, or null
 */
public record EventData(long customerId, EventType type, String sku, Instant occurredAt, String properties) {}
