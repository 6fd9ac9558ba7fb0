package app.cairn.segment;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The segments one customer is a member of now, for the customer page. */
@Service
@Transactional(readOnly = true)
public class CustomerSegments {

    private final JdbcClient jdbc;

    CustomerSegments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The names of the segments (archived ones left out) the customer is in, by name. */
    public List<String> of(long customerId) {
        return jdbc.sql("""
                        SELECT s.name FROM segment_member m JOIN segment s ON s.id = m.segment_id
                        WHERE m.customer_id = ? AND s.archived_at IS NULL ORDER BY s.name""").param(customerId).query(String.class).list();
    }
}
