package app.cairn.segment.internal.membership;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted customer's segment memberships: each segment's size goes down by one, and the entry and exit history
 * and scores go with the customer's row.
 */
@Component
public class SegmentCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;

    public SegmentCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(new HeldRecords("erase.segments", CustomerRecords.rows(jdbc, "segment_member", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        jdbc.sql("""
                        UPDATE segment s
                        JOIN (SELECT segment_id, COUNT(*) AS leaving FROM segment_member
                              WHERE customer_id IN (:ids) GROUP BY segment_id) m ON m.segment_id = s.id
                        SET s.member_count = s.member_count - m.leaving""").param("ids", customerIds).update();
        CustomerRecords.deleteRows(jdbc, customerIds, "segment_member");
    }
}
