package app.cairn.journey.internal.references;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted customer's journey enrolments with their steps, experiment entries and pending text messages and
 * webhook calls. The journeys' step counts keep the customer's part, as they hold no one's identity.
 */
@Component
public class JourneyCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;

    public JourneyCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(
                new HeldRecords("erase.enrolments", CustomerRecords.rows(jdbc, "journey_enrolment", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        CustomerRecords.deleteRows(jdbc, customerIds, "journey_dispatch", "journey_enrolment", "journey_entrant");
    }
}
