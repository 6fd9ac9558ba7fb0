package app.cairn.commerce;

import java.util.List;
import java.util.Set;

/**
 * A batch of behavioural events was recorded through a bulk write (the demo generator): the batch form of
 * {@link CustomerEventRecorded}, for data derived from who did what (segment rules on events). Journeys do not enter
 * or wake on bulk-written events, which are history.
 *
 * @param customerIds every customer with a new event in the batch, each once
 * @param types the kinds of event the batch holds
 */
public record CustomerEventsRecorded(List<Long> customerIds, Set<EventType> types) {}
