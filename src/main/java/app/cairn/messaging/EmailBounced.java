package app.cairn.messaging;

import java.time.Instant;

/**
 * A message was refused for good, by the SMTP server or by a bounce message read later; its address is now
 * suppressed.
 *
 * @param customerId the customer it was for, or null (a test send)
 */
public record EmailBounced(long messageId, Long customerId, String address, String reason, Instant at) {}
