package app.cairn.commerce;

import java.time.Instant;

/** A behavioural event was recorded for a customer, through a single write such as the ingest API. */
public record CustomerEventRecorded(long customerId, EventType type, Instant occurredAt) {}
