package app.cairn.messaging;

import java.math.BigDecimal;
import java.util.Map;

/**
 * How a broadcast did. Rates are shares of the delivered messages (0 when none were delivered).
 *
 * @param sent accepted by the SMTP server
 * @param delivered sent and not bounced afterwards
 * @param pending queued or being sent
 * @param failed given up after retries, or not renderable
 * @param cancelled not sent because the broadcast was cancelled or the address was suppressed meanwhile
 * @param converted messages followed by an order within the conversion window
 * @param revenue the total of those orders in the reporting currency, by that currency (one entry, unless the
 *     reporting currency was changed between conversions; never added across currencies)
 * @param skipped members left out, by reason
 */
public record BroadcastReport(
        Broadcast broadcast,
        long sent,
        long delivered,
        long bounced,
        long pending,
        long failed,
        long cancelled,
        long opened,
        long clicked,
        long unsubscribed,
        long converted,
        Map<String, BigDecimal> revenue,
        Map<SkipReason, Integer> skipped) {

    /** {@code count} as a share of the delivered messages, from 0 to 1. */
    public double rate(long count) {
        return delivered == 0 ? 0 : (double) count / delivered;
    }
}
