package app.cairn.segment.internal.membership;

import app.cairn.commerce.CustomerEventRecorded;
import app.cairn.commerce.CustomerEventsRecorded;
import app.cairn.commerce.OrderRecorded;
import app.cairn.commerce.OrdersRecorded;
import app.cairn.customer.CustomerChanged;
import app.cairn.customer.CustomersChanged;
import app.cairn.segment.internal.rules.RuleTouches;
import app.cairn.shared.jdbc.Deadlocks;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Real-time membership: once a change to one customer is committed, that customer alone is worked out again
 * against the segments the change can affect, on an event thread (the request that made the change has released its
 * connection by then). A failed or lost update is handed over again by the event publication registry; the rebuild
 * ticker sets every membership right on its next run in any case. A bulk write's batch is worked out set by set.
 */
@Component
public class SegmentMembershipUpdates {

    public static final int SLICE = 1000;

    private final CustomerReevaluation segments;

    public SegmentMembershipUpdates(CustomerReevaluation segments) {
        this.segments = segments;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CustomerChanged changed) {
        update(changed.customerId(), RuleTouches.PROFILE);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(OrderRecorded order) {
        update(order.customerId(), RuleTouches.ORDERS);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CustomerEventRecorded event) {
        update(event.customerId(), RuleTouches.event(event.type().name()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CustomersChanged changed) {
        updateAmong(changed.customerIds(), Set.of(RuleTouches.PROFILE));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(OrdersRecorded orders) {
        updateAmong(orders.customerIds(), Set.of(RuleTouches.ORDERS));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    public void on(CustomerEventsRecorded events) {
        updateAmong(
                events.customerIds(),
                events.types().stream()
                        .map(type -> RuleTouches.event(type.name()))
                        .collect(Collectors.toSet()));
    }

    // reactions to one customer's changes run side by side on the event threads and may deadlock on the
    // memberships: each is tried again, as the whole is one transaction
    private void update(long customerId, String touch) {
        Deadlocks.retry(() -> segments.reevaluate(customerId, touch));
    }

    /** A bulk write's customers, {@value #SLICE} at a time (each slice in a transaction of its own). */
    private void updateAmong(List<Long> customerIds, Set<String> touches) {
        for (int from = 0; from < customerIds.size(); from += SLICE) {
            List<Long> slice = customerIds.subList(from, Math.min(customerIds.size(), from + SLICE));
            Deadlocks.retry(() -> segments.reevaluateAmong(slice, touches));
        }
    }
}
