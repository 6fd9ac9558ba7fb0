package app.cairn.commerce;

import java.time.Instant;

/**
 * A behavioural event for the bulk path.
 *
 * @param sku the product the event is about, or null
 * @param properties a small JSON object, or null
 */
public record EventData(long customerId, EventType type, String sku, Instant occurredAt, String properties) {}
