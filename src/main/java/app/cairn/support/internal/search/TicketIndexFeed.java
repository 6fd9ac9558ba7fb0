package app.cairn.support.internal.search;

import app.cairn.customer.CustomerContact;
import app.cairn.customer.CustomerManagement;
import app.cairn.search.SearchIndexing;
import app.cairn.shared.UtcColumns;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells search which tickets changed, in the transaction of the change, and keeps the requester names and
 * addresses the ticket index shows ({@code ticket_requester}) current.
 */
@Component
public class TicketIndexFeed {

    private static final int CHUNK = 1000;

    private final SearchIndexing search;
    private final CustomerManagement customers;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    TicketIndexFeed(
            SearchIndexing search, CustomerManagement customers, JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.search = search;
        this.customers = customers;
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** The tickets changed (or were deleted). */
    public void changed(Collection<Long> numbers) {
        search.changed(IndexedTicket.class, numbers);
    }

    /** The ticket changed. */
    public void changed(long number) {
        search.changed(IndexedTicket.class, number);
    }

    /** The ticket holding this message changed. */
    public void messageChanged(long messageId) {
        jdbc.sql("SELECT ticket_id FROM ticket_message WHERE id = ?")
                .param(messageId)
                .query(Long.class)
                .optional()
                .ifPresent(this::changed);
    }

    /** A ticket was opened for this customer: the requester is recorded if new, and the ticket queued. */
    public void opened(long number, long customerId) {
        boolean known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM ticket_requester WHERE customer_id = ?)")
                .param(customerId)
                .query(Boolean.class)
                .single();
        if (!known) {
            store(customers.contacts(List.of(customerId)));
        }
        changed(number);
    }

    /** Reads the customer's name and address again and queues the customer's tickets. */
    public void refreshRequester(long customerId) {
        store(customers.contacts(List.of(customerId)));
        customersChanged(List.of(customerId));
    }

    /** The tickets of these customers changed (or are about to be deleted with them). */
    public void customersChanged(Collection<Long> customerIds) {
        for (List<Long> chunk : chunks(customerIds)) {
            changed(jdbc.sql("SELECT id FROM ticket WHERE customer_id IN (:ids)")
                    .param("ids", chunk)
                    .query(Long.class)
                    .list());
        }
    }

    /**
     * Reads again the names and addresses of those of these customers that have tickets, and queues their tickets
     * when something changed.
     */
    public void requestersChanged(Collection<Long> customerIds) {
        for (List<Long> chunk : chunks(customerIds)) {
            List<Long> known = jdbc.sql("SELECT customer_id FROM ticket_requester WHERE customer_id IN (:ids)")
                    .param("ids", chunk)
                    .query(Long.class)
                    .list();
            if (!known.isEmpty()) {
                store(customers.contacts(known));
                customersChanged(known);
            }
        }
    }

    /**
     * Records the requesters of up to a thousand customers whose tickets have none yet (tickets from before search)
     * and queues those tickets; answers how many customers it took (0 when none are left).
     */
    public int fillMissingRequesters() {
        List<Long> missing = jdbc.sql("""
                        SELECT DISTINCT t.customer_id FROM ticket t
                        LEFT JOIN ticket_requester r ON r.customer_id = t.customer_id
                        WHERE r.customer_id IS NULL LIMIT ?""").param(CHUNK).query(Long.class).list();
        if (missing.isEmpty()) {
            return 0;
        }
        List<CustomerContact> found = customers.contacts(missing);
        store(found);
        List<Long> unknown = new ArrayList<>(missing);
        found.forEach(c -> unknown.remove(c.id()));
        // customers gone (merged or erased) get an empty row, so they are not looked up again
        batch.batchUpdate(
                "INSERT IGNORE INTO ticket_requester (customer_id, updated_at) VALUES (?, ?)",
                unknown.stream()
                        .map(id -> new Object[] {id, UtcColumns.toColumn(clock.instant())})
                        .toList());
        customersChanged(missing);
        return missing.size();
    }

    private void store(List<CustomerContact> contacts) {
        var at = UtcColumns.toColumn(clock.instant());
        batch.batchUpdate(
                """
                INSERT INTO ticket_requester (customer_id, name, email, updated_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE name = VALUES(name), email = VALUES(email), updated_at = VALUES(updated_at)""",
                contacts.stream()
                        .map(c -> new Object[] {c.id(), name(c), c.email(), at})
                        .toList());
    }

    private static String name(CustomerContact contact) {
        String first = contact.firstName() == null ? "" : contact.firstName().strip();
        String last = contact.lastName() == null ? "" : contact.lastName().strip();
        String both = (first + " " + last).strip();
        return both.isEmpty() ? null : both.length() > 255 ? both.substring(0, 255) : both;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = List.copyOf(ids);
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
