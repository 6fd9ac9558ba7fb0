package app.cairn.customer;

import java.time.Instant;

/**
 * One customer's profile, tags, attributes or consent changed (or the customer was created), through a single
 * change such as an edit in the UI or a call of the ingest API. Bulk writes (imports, generators) publish
 * {@link CustomersChanged} once per batch instead.
 */
public record CustomerChanged(long customerId, Instant at) {}
