package app.cairn.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deleting a customer for good, with everything Cairn keeps about the person: the profile, consent and change
 * history, the customers merged into it, and what every other module keeps ({@link CustomerRecords}: orders,
 * events, e-mails, journey enrolments, segment memberships). The staff member sees what will go before
 * confirming. An address on the suppression list stays there, so a deleted person who asked for no mail gets
 * none if they come back through an import.
 */
@Service
@Transactional
public class CustomerErasure {

    private static final Logger log = LoggerFactory.getLogger(CustomerErasure.class);
    /** How far a chain of merges is followed; a merge chain is never this long. */
    private static final int MAX_MERGE_DEPTH = 100;

    private final JdbcClient jdbc;
    private final List<CustomerRecords> holders;
    private final CustomerIndexFeed indexFeed;

    CustomerErasure(JdbcClient jdbc, List<CustomerRecords> holders, CustomerIndexFeed indexFeed) {
        this.jdbc = jdbc;
        this.indexFeed = indexFeed;
        this.holders = holders;
    }

    /**
     * What deleting the customer removes, kind by kind, for the confirmation.
     *
     * @throws CustomerException when there is no such customer
     */
    @Transactional(readOnly = true)
    public List<HeldRecords> describe(long customerId) {
        Set<Long> ids = person(customerId);
        List<HeldRecords> held = new ArrayList<>();
        held.add(new HeldRecords("erase.profile-changes", CustomerRecords.rows(jdbc, "customer_change", ids)));
        held.add(new HeldRecords("erase.consent-changes", CustomerRecords.rows(jdbc, "customer_consent_history", ids)));
        if (ids.size() > 1) {
            held.add(new HeldRecords("erase.merged", ids.size() - 1L));
        }
        holders.forEach(holder -> held.addAll(holder.heldFor(ids)));
        return held.stream().filter(h -> h.count() > 0).toList();
    }

    /**
     * Deletes the customer and everything kept about them, in one transaction.
     *
     * @param by the staff member deleting, for the log
     * @throws CustomerException when there is no such customer
     */
    public void delete(long customerId, String by) {
        Set<Long> ids = person(customerId);
        jdbc.sql("SELECT id FROM customer WHERE id IN (:ids) FOR UPDATE")
                .param("ids", ids)
                .query(Long.class)
                .list();
        holders.forEach(holder -> holder.erase(ids));
        jdbc.sql("UPDATE customer SET merged_into_id = NULL WHERE id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM customer WHERE id IN (:ids)").param("ids", ids).update();
        indexFeed.erased(List.copyOf(ids));
        log.info("Customer {} deleted by {}, with {} merged into it", customerId, by, ids.size() - 1);
    }

    /** The customer and every customer merged into it, directly or through others. */
    private Set<Long> person(long customerId) {
        boolean live = jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = ? AND merged_into_id IS NULL")
                        .param(customerId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!live) {
            throw new CustomerException("customer.error.not-found", String.valueOf(customerId));
        }
        Set<Long> ids = new TreeSet<>(List.of(customerId));
        Collection<Long> frontier = List.of(customerId);
        for (int depth = 0; depth < MAX_MERGE_DEPTH && !frontier.isEmpty(); depth++) {
            frontier = jdbc
                    .sql("SELECT id FROM customer WHERE merged_into_id IN (:ids)")
                    .param("ids", frontier)
                    .query(Long.class)
                    .list()
                    .stream()
                    .filter(ids::add)
                    .toList();
        }
        return ids;
    }
}
