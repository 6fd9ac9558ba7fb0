package app.cairn.segment;

import app.cairn.commerce.CommerceManagement;
import app.cairn.customer.CustomerManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The module APIs every segment test works through, and a fresh fixture shop of its own tag. */
abstract class SegmentTestSupport {

    @Autowired
    SegmentManagement segments;

    @Autowired
    SegmentLists lists;

    @Autowired
    SegmentMembership membership;

    @Autowired
    app.cairn.segment.internal.membership.CustomerReevaluation reevaluation;

    @Autowired
    CustomerManagement customers;

    @Autowired
    CommerceManagement commerce;

    @Autowired
    JdbcClient jdbcClient;

    /** A fixture shop whose every change has reached the segments (real-time updates run on event threads). */
    SegmentFixtures newShop() {
        return new SegmentFixtures(customers, commerce, jdbcClient);
    }
}
