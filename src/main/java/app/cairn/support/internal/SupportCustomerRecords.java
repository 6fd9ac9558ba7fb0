package app.cairn.support.internal;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.CustomersMerged;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted customer's tickets go with it: their conversations, history, clocks and surveys (by the tables' cascades)
 * and the e-mails they came in as, raw message included. A merged customer's tickets move to the customer it was
 * merged into.
 */
@Component
public class SupportCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;

    public SupportCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(new HeldRecords("erase.tickets", CustomerRecords.rows(jdbc, "ticket", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        jdbc.sql("""
                        DELETE m FROM support_inbound_mail m JOIN ticket t ON t.id = m.ticket_id
                        WHERE t.customer_id IN (:ids)""").param("ids", customerIds).update();
        CustomerRecords.deleteRows(jdbc, customerIds, "ticket");
    }

    @EventListener
    void move(CustomersMerged merged) {
        jdbc.sql("UPDATE ticket SET customer_id = ?, version = version + 1 WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId())
                .update();
    }
}
