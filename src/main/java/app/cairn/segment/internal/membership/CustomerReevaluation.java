package app.cairn.segment.internal.membership;

import app.cairn.segment.Segment;
import app.cairn.segment.SegmentEntered;
import app.cairn.segment.SegmentExited;
import app.cairn.segment.internal.rules.RuleCompiler;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Works customers whose data changed out again against the rule segments the change can affect. */
@Component
public class CustomerReevaluation {

    private final SegmentStore store;
    private final RuleBook rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CustomerReevaluation(SegmentStore store, RuleBook rules, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Works out one customer again against every rule segment that reads the kind of data that changed, and
     * records and publishes each entry ({@link SegmentEntered}) and exit ({@link SegmentExited}). Runs in a
     * transaction of its own, as it is called once the change is committed.
     *
     * @param touch what changed: {@code profile}, {@code orders} or {@code event:TYPE}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reevaluate(long customerId, String touch) {
        store.lockCustomers(List.of(customerId));
        Instant now = clock.instant();
        RuleCompiler compiler = rules.compiler(now);
        for (Segment segment : store.all()) {
            if (segment.isStatic() || !rules.touches(segment.rule()).contains(touch)) {
                continue;
            }
            boolean matches = store.count(compiler.member(segment.rule(), customerId)) > 0;
            Boolean entered = store.setMember(segment.id(), customerId, matches, now);
            if (Boolean.TRUE.equals(entered)) {
                events.publishEvent(new SegmentEntered(segment.id(), customerId, now));
            } else if (Boolean.FALSE.equals(entered)) {
                events.publishEvent(new SegmentExited(segment.id(), customerId, now));
            }
        }
    }

    /**
     * Works out a batch of customers again against every rule segment that reads any of the kinds of data that
     * changed, set by set as a rebuild does (a bulk write's reaction). Entries are not announced one by one:
     * segment-entry journeys read them from the membership, as they read a rebuild's.
     *
     * @param touches what changed, as in {@link #reevaluate}
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reevaluateAmong(Collection<Long> customerIds, Set<String> touches) {
        if (customerIds.isEmpty()) {
            return;
        }
        store.lockCustomers(customerIds);
        Instant now = clock.instant();
        RuleCompiler compiler = rules.compiler(now);
        for (Segment segment : store.all()) {
            if (segment.isStatic()) {
                continue;
            }
            Set<String> touched = rules.touches(segment.rule());
            if (touches.stream().noneMatch(touched::contains)) {
                continue;
            }
            Set<Long> matching = store.ids(compiler.membersAmong(segment.rule(), customerIds));
            store.reconcileAmong(segment.id(), customerIds, matching, now);
        }
    }
}
