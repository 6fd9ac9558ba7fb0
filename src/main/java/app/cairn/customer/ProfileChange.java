package app.cairn.customer;

import java.time.Instant;

/** One field of a profile changed by someone at some time. */
public record ProfileChange(String field, String oldValue, String newValue, Instant changedAt, String changedBy) {}
