package app.cairn.support.internal;

import app.cairn.customer.CustomerDetails;
import app.cairn.customer.CustomerException;
import app.cairn.customer.CustomerManagement;
import app.cairn.customer.CustomerProfile;
import app.cairn.support.TicketException;
import org.springframework.stereotype.Component;

/** Finds a ticket's customer by id, or by e-mail address (creating the customer when Cairn does not know it). */
@Component
public class CustomerLink {

    private final CustomerManagement customers;

    public CustomerLink(CustomerManagement customers) {
        this.customers = customers;
    }

    /**
     * The customer's id.
     *
     * @throws TicketException when the id names no customer, or neither id nor a readable address is given
     */
    public long resolve(Long customerId, String email, String name) {
        if (customerId != null) {
            return customers
                    .find(customerId)
                    .map(CustomerProfile::id)
                    .orElseThrow(() -> new TicketException("support.error.customer-unknown", customerId));
        }
        if (email == null || email.isBlank()) {
            throw new TicketException("support.error.customer-required");
        }
        return customers.findByEmail(email.strip()).map(CustomerProfile::id).orElseGet(() -> create(email, name));
    }

    private long create(String email, String name) {
        String first = null;
        String last = null;
        if (name != null && !name.isBlank()) {
            String plain = name.strip();
            int space = plain.lastIndexOf(' ');
            first = space < 0 ? plain : plain.substring(0, space);
            last = space < 0 ? null : plain.substring(space + 1);
        }
        try {
            return customers.create(
                    new CustomerDetails(email.strip(), first, last, null, null, null, null, null, null),
                    null,
                    "support");
        } catch (CustomerException refused) {
            // another ticket created the customer meanwhile
            return customers.findByEmail(email.strip()).map(CustomerProfile::id).orElseThrow(() -> refused);
        }
    }
}
