package app.cairn.support.internal;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.CustomersMerged;
import app.cairn.customer.HeldRecords;
import app.cairn.support.internal.files.SupportFiles;
import app.cairn.support.internal.search.TicketIndexFeed;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A deleted customer's tickets go with it: their conversations, history, clocks and surveys (by the tables' cascades)
 * and the e-mails they came in as, raw message and files
 * included. A merged customer's tickets move to the customer it was
 * merged into.
 */
@Component
public class SupportCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;
    private final SupportFiles files;
    private final TicketIndexFeed index;

    public SupportCustomerRecords(JdbcClient jdbc, SupportFiles files, TicketIndexFeed index) {
        this.jdbc = jdbc;
        this.files = files;
        this.index = index;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(new HeldRecords("erase.tickets", CustomerRecords.rows(jdbc, "ticket", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        List<String> keys =
                jdbc.sql("""
                        SELECT a.file_key FROM ticket_attachment a JOIN ticket t ON t.id = a.ticket_id
                        WHERE t.customer_id IN (:ids) AND a.file_key IS NOT NULL
                        UNION SELECT r.file_key FROM support_raw_mail r
                        JOIN support_inbound_mail m ON m.id = r.inbound_id JOIN ticket t ON t.id = m.ticket_id
                        WHERE t.customer_id IN (:ids) AND r.file_key IS NOT NULL""").param("ids", customerIds).query(String.class).list();
        jdbc.sql("""
                        DELETE m FROM support_inbound_mail m JOIN ticket t ON t.id = m.ticket_id
                        WHERE t.customer_id IN (:ids)""").param("ids", customerIds).update();
        index.customersChanged(customerIds);
        CustomerRecords.deleteRows(jdbc, customerIds, "ticket");
        jdbc.sql("DELETE FROM ticket_requester WHERE customer_id IN (:ids)")
                .param("ids", customerIds)
                .update();
        if (!keys.isEmpty()) {
            // the files go once the deletion is committed, and only those no other row still names
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.stream().filter(key -> !named(key)).forEach(files::delete);
                }
            });
        }
    }

    private boolean named(String key) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM ticket_attachment WHERE file_key = :key)
                            OR EXISTS (SELECT 1 FROM support_raw_mail WHERE file_key = :key)""").param("key", key).query(Boolean.class).single();
    }

    @EventListener
    void move(CustomersMerged merged) {
        index.customersChanged(List.of(merged.mergedId()));
        jdbc.sql("UPDATE ticket SET customer_id = ?, version = version + 1 WHERE customer_id = ?")
                .params(merged.keptId(), merged.mergedId())
                .update();
        index.refreshRequester(merged.keptId());
    }
}
