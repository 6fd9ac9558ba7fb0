package app.cairn.messaging;

import java.time.Instant;

/**
 * A broadcast as a marketer sets it up.
 *
 * @param sendAt when to send; null to send now
 * @param conversionDays an order within this many days of a message counts as its conversion (1 to 90)
 */
public record NewBroadcast(String name, long templateId, long segmentId, Instant sendAt, int conversionDays) {}
