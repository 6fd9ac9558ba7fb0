package app.cairn.customer;

import java.time.Instant;
import java.util.List;

/**
 * A batch of customers was created or changed through a bulk write (an import, the demo generator): the batch form
 * of {@link CustomerChanged}, published once per batch with the transaction that wrote it.
 *
 * @param customerIds the customers created or changed, each once
 */
public record CustomersChanged(List<Long> customerIds, Instant at) {}
