package app.cairn.returns.internal;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.CustomersMerged;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted customer's returns go with it; a merged customer's returns move to the customer it was merged into. */
@Component
public class ReturnCustomerRecords implements CustomerRecords {

    private final ReturnStore store;

    public ReturnCustomerRecords(ReturnStore store) {
        this.store = store;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(new HeldRecords("erase.returns", store.countOf(customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        store.deleteOf(customerIds);
    }

    @EventListener
    void move(CustomersMerged merged) {
        store.moveCustomer(merged.mergedId(), merged.keptId());
    }
}
