package app.cairn.support;

import java.time.Instant;

/**
 * One SLA clock of a ticket as a page shows it.
 *
 * @param dueAt when it is due, or null while paused or once met
 * @param metAt when it was met, or null
 * @param breachedAt when it was breached, or null
 */
public record SlaClock(SlaMetric metric, Instant dueAt, Instant metAt, Instant breachedAt, boolean paused) {}
