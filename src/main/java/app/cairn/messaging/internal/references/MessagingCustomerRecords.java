package app.cairn.messaging.internal.references;

import app.cairn.customer.CustomerRecords;
import app.cairn.customer.HeldRecords;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A deleted customer's e-mails (sent and queued, with their opens and clicks) and topic choices. Suppressed
 * addresses are kept: they belong to the address, not to the profile.
 */
@Component
public class MessagingCustomerRecords implements CustomerRecords {

    private final JdbcClient jdbc;

    public MessagingCustomerRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<HeldRecords> heldFor(Collection<Long> customerIds) {
        return List.of(
                new HeldRecords("erase.emails", CustomerRecords.rows(jdbc, "email_message", customerIds)),
                new HeldRecords(
                        "erase.preference-changes",
                        CustomerRecords.rows(jdbc, "email_preference_change", customerIds)));
    }

    @Override
    public void erase(Collection<Long> customerIds) {
        CustomerRecords.deleteRows(jdbc, customerIds, "email_message", "email_topic_optout", "email_preference_change");
    }
}
