package app.cairn.demo;

import app.cairn.scoring.CustomerScoring;
import app.cairn.segment.RuleCondition;
import app.cairn.segment.RuleField;
import app.cairn.segment.RuleOperator;
import app.cairn.segment.Segment;
import app.cairn.segment.SegmentManagement;
import org.springframework.stereotype.Component;

/**
 * The demo shop's first scores and segments: RFM scores and clusters worked out at once (rather than at the first
 * nightly run), and two rule segments with their members, so that the home page, the customer pages and the RFM
 * and cluster pages have something to show. Skipped when any segment exists.
 */
@Component
class DemoSegments {

    private final SegmentManagement segments;
    private final CustomerScoring scoring;

    DemoSegments(SegmentManagement segments, CustomerScoring scoring) {
        this.segments = segments;
        this.scoring = scoring;
    }

    void create() {
        scoring.scoreCustomers();
        if (!segments.all().isEmpty()) {
            return;
        }
        Segment repeat = segments.create(
                "Repeat buyers",
                "Customers with two orders or more",
                RuleCondition.of(RuleField.ORDER_COUNT, RuleOperator.AT_LEAST, "2"));
        Segment big = segments.create(
                "Big spenders",
                "Customers who spent 500 or more in the reporting currency",
                RuleCondition.of(RuleField.TOTAL_SPEND, RuleOperator.AT_LEAST, "500"));
        segments.rebuild(repeat.id());
        segments.rebuild(big.id());
    }
}
