package app.cairn.support.internal.search;

import app.cairn.customer.CustomerChanged;
import app.cairn.customer.CustomersChanged;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the requesters the ticket index shows in step with the customer module: a changed customer with tickets is
 * read again and its tickets indexed again; at start-up, tickets from before search get their requesters.
 */
@Component
class RequesterUpdates {

    private final TicketIndexFeed feed;
    private final TransactionTemplate transactions;

    RequesterUpdates(TicketIndexFeed feed, TransactionTemplate transactions) {
        this.feed = feed;
        this.transactions = transactions;
    }

    @ApplicationModuleListener
    void on(CustomerChanged changed) {
        feed.requestersChanged(List.of(changed.customerId()));
    }

    @ApplicationModuleListener
    void on(CustomersChanged changed) {
        feed.requestersChanged(changed.customerIds());
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillMissing() {
        Integer taken;
        do {
            taken = transactions.execute(status -> feed.fillMissingRequesters());
        } while (taken != null && taken > 0);
    }
}
