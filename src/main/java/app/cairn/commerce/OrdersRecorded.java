package app.cairn.commerce;

import java.time.Duration;
import java.util.List;

/**
 * A batch of new orders was recorded through a bulk write (an import, the demo generator): the batch form of
 * {@link OrderRecorded}. It names every customer who got an order, and carries the orders themselves only when they
 * were placed within {@link #RECENT} of the write: older history can neither convert a message nor move a journey,
 * and a years-long import would otherwise carry millions of orders through the event registry.
 *
 * @param customerIds every customer with a new order in the batch, each once
 * @param recent the new orders placed within {@link #RECENT} of the write
 */
public record OrdersRecorded(List<Long> customerIds, List<OrderRecorded> recent) {

    /** The longest conversion window a broadcast may have. */
    public static final Duration RECENT = Duration.ofDays(90);
}
