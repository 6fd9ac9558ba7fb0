package app.cairn.segment;

import app.cairn.commerce.CustomerEventRecorded;
import app.cairn.commerce.OrderRecorded;
import app.cairn.customer.CustomerChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Real-time membership: once a change to one customer is committed, that customer alone is worked out again
 * against the segments the change can affect, on an event thread (the request that made the change has released its
 * connection by then). A failed or lost update is handed over again by the event publication registry; the rebuild
 * ticker sets every membership right on its next run in any case.
 */
@Component
class SegmentMembershipUpdates {

    private final SegmentManagement segments;

    SegmentMembershipUpdates(SegmentManagement segments) {
        this.segments = segments;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerChanged changed) {
        update(changed.customerId(), RuleTouches.PROFILE);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(OrderRecorded order) {
        update(order.customerId(), RuleTouches.ORDERS);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CustomerEventRecorded event) {
        update(event.customerId(), RuleTouches.event(event.type().name()));
    }

    private void update(long customerId, String touch) {
        segments.reevaluate(customerId, touch);
    }
}
