package app.cairn.commerce;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A deleted customer's orders (with their lines) and events. */
@Component
class CommerceCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;

    CommerceCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(
                new HeldRecords("erase.orders", CustomerRecords.rows(jdbc, "customer_order", customerIds)),
                new HeldRecords("erase.events", CustomerRecords.rows(jdbc, "customer_event", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        CustomerRecords.deleteRows(jdbc, customerIds, "customer_order", "customer_event");
    }
}
