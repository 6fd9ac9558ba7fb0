package app.cairn.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One customer as an import or a generator brings it: the details plus what only bulk sources carry. At least
 * one key (e-mail or external id) is required; it decides whether the customer is new.
 *
 * @param externalId the shop's own customer number; null when unknown
 * @param signupAt when the customer signed up; null means now for a new customer. A known customer's date is
 *     only moved earlier (a first order cannot come before the signup)
 * @param source where the customer came from, e.g. {@code import}; kept from the first time only
 * @param tags tags to add (never removed by an import)
 * @param attributes custom attributes to set
 * @param consents consent per channel to record (granted or withdrawn)
 */
public record CustomerRecord(
        String externalId,
        CustomerDetails details,
        Instant signupAt,
        String source,
        Set<String> tags,
        Map<String, String> attributes,
        Map<ConsentChannel, Boolean> consents) {

    /** The record's e-mail address, or null. */
    public String email() {
        return details.email();
    }
}
