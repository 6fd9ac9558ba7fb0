package app.cairn.segment;

import app.cairn.commerce.CustomerEventRecorded;
import app.cairn.commerce.OrderRecorded;
import app.cairn.customer.CustomerChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Real-time membership: once a change to one customer is committed, that customer alone is worked out again
 * against the segments the change can affect. A failure here is logged and left to the rebuild ticker, which
 * sets every membership right on its next run.
 */
@Component
class SegmentMembershipUpdates {

    private static final Logger log = LoggerFactory.getLogger(SegmentMembershipUpdates.class);

    private final SegmentManagement segments;

    SegmentMembershipUpdates(SegmentManagement segments) {
        this.segments = segments;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomerChanged changed) {
        update(changed.customerId(), RuleTouches.PROFILE);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderRecorded order) {
        update(order.customerId(), RuleTouches.ORDERS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomerEventRecorded event) {
        update(event.customerId(), RuleTouches.event(event.type().name()));
    }

    private void update(long customerId, String touch) {
        try {
            segments.reevaluate(customerId, touch);
        } catch (RuntimeException failed) {
            log.error(
                    "Segment membership of customer {} was not updated after a change ({})", customerId, touch, failed);
        }
    }
}
