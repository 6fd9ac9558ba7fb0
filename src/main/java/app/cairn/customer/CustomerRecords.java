package app.cairn.customer;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Implemented by every module that keeps records per customer. Deleting a customer asks each one what it keeps,
 * for the confirmation to name, and then has each erase it in the deleting transaction before the customer's
 * own row goes: a deletion is whole or nothing. The ids are one person's: the customer and those merged into
 * it.
 */
public interface CustomerRecords {

    /** What this module keeps about the customers; kinds with none may be left out. */
    List<HeldRecords> heldFor(Collection<Long> customerIds);

    /** Erases what this module keeps about the customers. */
    void erase(Collection<Long> customerIds);

    /** How many rows of the table (with a {@code customer_id} column) belong to the customers. */
    static long rows(JdbcClient jdbc, String table, Collection<Long> customerIds) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE customer_id IN (:ids)")
                .param("ids", customerIds)
                .query(Long.class)
                .single();
    }

    /** Deletes the customers' rows from each table (with a {@code customer_id} column), in the order given. */
    static void deleteRows(JdbcClient jdbc, Collection<Long> customerIds, String... tables) {
        for (String table : tables) {
            jdbc.sql("DELETE FROM " + table + " WHERE customer_id IN (:ids)")
                    .param("ids", customerIds)
                    .update();
        }
    }
}
