package app.cairn.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one customer into another in one transaction: the kept customer takes the chosen fields, the tags,
 * missing attributes, the later consent per channel and the earlier signup; the merged one stays for the record,
 * marked as merged. {@link CustomersMerged} lets other modules move what they keep per customer in the same
 * transaction, so a failure anywhere leaves both customers as they were.
 */
@Component
class CustomerMerger {

    private final CustomerRepository customers;
    private final CustomerHistory history;
    private final DuplicateStore candidates;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final Clock clock;

    CustomerMerger(
            CustomerRepository customers,
            CustomerHistory history,
            DuplicateStore candidates,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            Clock clock) {
        this.customers = customers;
        this.history = history;
        this.candidates = candidates;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    CustomerProfile merge(long keptId, long mergedId, Set<MergeField> fromMerged, String by) {
        if (keptId == mergedId) {
            throw new CustomerException("customer.error.merge-self");
        }
        // lock both rows, lower id first, so two merges of overlapping pairs cannot deadlock or interleave
        jdbc.sql("SELECT id FROM customer WHERE id IN (?, ?) ORDER BY id FOR UPDATE")
                .params(Math.min(keptId, mergedId), Math.max(keptId, mergedId))
                .query(Long.class)
                .list();
        Customer kept = live(keptId);
        Customer merged = live(mergedId);
        Instant now = clock.instant();
        CustomerDetails details = MergeField.combine(kept.details(), merged.details(), fromMerged);
        merged.mergeInto(keptId, now);
        // the merged customer gives up its e-mail and number before the kept one may take them
        customers.flush();
        Map<String, String[]> changes = kept.change(details, now);
        changes.putAll(kept.absorb(merged, fromMerged.contains(MergeField.EXTERNAL_ID), now));
        changes.put("mergedFrom", new String[] {null, "#" + mergedId});
        kept.adoptNewerConsents(merged, by).forEach(consent -> history.recordConsent(keptId, consent));
        customers.flush();
        history.recordChanges(keptId, changes, now, by);
        history.recordChanges(mergedId, Map.of("mergedInto", new String[] {null, "#" + keptId}), now, by);
        candidates.recordMerge(keptId, mergedId, now, by);
        events.publishEvent(new CustomersMerged(keptId, mergedId, now));
        return kept.toProfile();
    }

    private Customer live(long id) {
        return customers
                .findById(id)
                .filter(c -> !c.isMerged())
                .orElseThrow(() -> new CustomerException("customer.error.merge-gone", String.valueOf(id)));
    }
}
