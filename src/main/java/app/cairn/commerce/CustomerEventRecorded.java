package app.cairn.commerce;

import java.time.Instant;

/**
 * A behavioural event was recorded for a customer, through a single write such as the ingest API.
 *
 * @param properties the event's properties as a JSON object, or null when it has none
 */
public record CustomerEventRecorded(long customerId, EventType type, Instant occurredAt, String properties) {}
