package app.cairn.customer;

import java.time.Instant;

/**
 * Published inside the merge's transaction when one customer was merged into another. Modules that keep data per
 * customer (orders, events, later tickets and journeys) move it from {@code mergedId} to {@code keptId} in their
 * listener, so the merge either moves everything or nothing.
 */
public record CustomersMerged(long keptId, long mergedId, Instant at) {}
