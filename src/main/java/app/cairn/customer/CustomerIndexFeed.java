package app.cairn.customer;

import app.cairn.search.SearchIndexing;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues changed customers for the customer index, in the transaction of the change (the events are heard as
 * they are published, not after commit): single changes, bulk writes (imports, the demo), merges.
 */
@Component
class CustomerIndexFeed {

    private final SearchIndexing search;

    CustomerIndexFeed(SearchIndexing search) {
        this.search = search;
    }

    @EventListener
    void on(CustomerChanged changed) {
        search.changed(Customer.class, changed.customerId());
    }

    @EventListener
    void on(CustomersChanged changed) {
        search.changed(Customer.class, changed.customerIds());
    }

    @EventListener
    void on(CustomersMerged merged) {
        search.changed(Customer.class, List.of(merged.keptId(), merged.mergedId()));
    }

    /** The customers are being erased: their documents go when the erasure commits. */
    void erased(List<Long> ids) {
        search.changed(Customer.class, ids);
    }
}
